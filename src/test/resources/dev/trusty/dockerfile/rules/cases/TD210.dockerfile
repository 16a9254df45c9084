FROM debian:12
# expect: TD210
RUN apt-get update && apt-get install -y --no-install-recommends build-essential=12.9 && rm -rf /var/lib/apt/lists/*
---
FROM golang:1.22 AS build
RUN true
FROM alpine:3.20
# expect: TD210
RUN apk add --no-cache gcc=13 musl-dev=1
---
FROM fedora:40
# expect: TD210
RUN dnf install -y make-4.4 gcc-c++ && dnf clean all
---
FROM debian:12 AS build
RUN apt-get install -y build-essential
FROM debian:12
COPY --from=build /out /out
---
FROM alpine:3.20
RUN apk add --no-cache ca-certificates=1
---
FROM debian:12
RUN make
---
# only the final stage's RUNs that run a package manager are read: here the second
FROM debian:12 AS build
RUN apt-get install -y gcc
FROM alpine:3.20
RUN echo hi
# expect: TD210
RUN apk add --no-cache make>=4 curl
---
FROM debian:12
# expect: TD210
ONBUILD RUN apt-get install -y git
