FROM --platform=linux/amd64 busybox AS base
COPY --from=base --chmod=0755 --link /bin/sh /sh
COPY --parents --exclude=*.md --exclude=*.txt ./src/ /app/
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /
ADD --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit
ADD --unpack=false --chown=1000 a.tar /x/
RUN --network=none --security=sandbox echo isolated
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 ls
RUN --mount=type=ssh git clone git@github.com:org/repo.git
RUN --mount=type=bind,from=base,source=/bin,target=/b ls /b
RUN --mount=type=tmpfs,target=/tmp,size=100m df -h
RUN --mount="type=cache,target=/with space" echo quoted flag
COPY -- --weird-name /dest/
