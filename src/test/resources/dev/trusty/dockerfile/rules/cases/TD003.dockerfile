FROM debian:12
# expect: TD003 col=6
USER root
---
FROM debian:12
USER app
# expect: TD003
USER 0:0
---
FROM golang:1.22 AS build
USER root
FROM debian:12
USER nobody
# expect: TD003
USER root:root
---
FROM debian:12 AS base
# expect: TD003
USER root
FROM base
RUN make
---
FROM debian:12 AS base
USER root
FROM base
USER 10001
---
FROM debian:12
USER root
RUN apt-get update
USER 1000
---
FROM debian:12 AS build
USER root
FROM debian:12
RUN true
---
FROM debian:12
RUN true
