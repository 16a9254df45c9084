# expect: TD105
FROM node:${VERSION}
---
ARG OTHER=1
# expect: TD105
FROM debian:$TAG
---
FROM debian:12
# expect: TD105
FROM --platform=$MYPLATFORM debian:12
---
ARG VERSION=20
FROM node:${VERSION}
---
FROM --platform=$BUILDPLATFORM golang:1.22
---
FROM debian:12
