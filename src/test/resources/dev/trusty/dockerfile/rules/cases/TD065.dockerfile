# expect: TD065
FROM --platform=$TARGETPLATFORM debian:12
---
# expect: TD065
FROM --platform=${TARGETPLATFORM} debian:12 AS x
---
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
# expect: TD065
FROM --platform=$TARGETPLATFORM debian:12
---
FROM --platform=$BUILDPLATFORM golang:1.22
---
FROM debian:12
---
FROM --platform=linux/amd64 debian:12
