# expect: TD117
FROM --platform=linux/amd64 debian:12
---
# expect: TD117
FROM --platform=linux/arm64 debian:12 AS build
---
FROM debian:12 AS a
# expect: TD117
FROM --platform=linux/arm/v7 debian:12 AS final
---
# expect: TD117
FROM --platform=x86_64 debian:12 AS tools
---
FROM --platform=$BUILDPLATFORM debian:12
---
FROM --platform=linux/amd64 debian:12 AS build-amd64
---
FROM --platform=linux/x86_64 debian:12 AS build-amd64
---
FROM --platform=linux/arm64 debian:12 AS linux-builder
---
FROM --platform=linux/$TARGETARCH debian:12
---
FROM --platform=foo/bar/baz/qux debian:12
