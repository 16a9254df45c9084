FROM debian:12
# expect: TD216
ENV DOCKER_CONTENT_TRUST=0
---
FROM debian:12
# expect: TD216
ARG DOCKER_CONTENT_TRUST=false
---
FROM debian:12
# expect: TD216
RUN DOCKER_CONTENT_TRUST=0 docker pull x
---
FROM debian:12
ENV DOCKER_CONTENT_TRUST=1
---
FROM debian:12
ARG DOCKER_CONTENT_TRUST
---
FROM debian:12
RUN docker pull x
