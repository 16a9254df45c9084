FROM debian:12
# expect: TD004
RUN cd /usr/src/app && make
---
FROM debian:12
# expect: TD004
RUN make -C x; cd /tmp
---
FROM debian:12
# expect: TD004
ONBUILD RUN cd /app && npm ci
---
FROM debian:12
WORKDIR /usr/src/app
RUN make
---
FROM debian:12
RUN echo cd /tmp
---
FROM debian:12
RUN git clone https://example.com/repo.git --depth 1
---
FROM debian:12
# expect: TD004
RUN echo "$(cd /src && git rev-parse HEAD)" > /version
