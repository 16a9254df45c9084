# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends curl
rm -rf /var/lib/apt/lists/*
EOF
RUN <<-"SCRIPT" bash
	echo "no $EXPANSION here"
	SCRIPT
COPY <<EOF <<CONF /etc/app/
first file with $HOME
EOF
[section]
key = value
CONF
RUN python3 <<PY > /tmp/out
print("hello")
PY
RUN 3<<X cat /dev/fd/3
fd three
X
ADD <<EOF /index.html
<h1>hi</h1>
EOF
RUN cat <<A <<'B'
a $X
A
b $Y
B
