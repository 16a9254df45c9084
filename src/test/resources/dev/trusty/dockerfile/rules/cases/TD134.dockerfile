# config: enable
# expect: TD134
FROM alpine:3.20
RUN true
---
# config: enable
FROM golang:1.22 AS build
# expect: TD134
FROM alpine:3.20
EXPOSE 80
---
# config: enable
# expect: TD134
FROM alpine:3.20
ONBUILD HEALTHCHECK CMD true
---
# config: enable
FROM alpine:3.20
HEALTHCHECK NONE
---
# config: enable
FROM alpine:3.20 AS base
HEALTHCHECK CMD true
FROM alpine:3.20
EXPOSE 80
---
# config: enable
FROM alpine:3.20
HEALTHCHECK --interval=30s CMD curl -f localhost
