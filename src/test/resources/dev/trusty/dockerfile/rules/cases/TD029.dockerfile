# expect: TD029
FROM --platform=linux/amd64 debian:12
---
FROM debian:12 AS a
# expect: TD029
FROM --platform=linux/arm64 alpine:3.20 AS b
---
# expect: TD029
FROM --platform=windows debian:12
---
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
---
FROM --platform=${TARGETPLATFORM} debian:12
---
FROM debian:12
