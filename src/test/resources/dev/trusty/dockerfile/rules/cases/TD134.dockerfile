# expect: TD134
FROM alpine:3.20
RUN true
---
FROM golang:1.22 AS build
# expect: TD134
FROM alpine:3.20
EXPOSE 80
---
# expect: TD134
FROM alpine:3.20
ONBUILD HEALTHCHECK CMD true
---
FROM alpine:3.20
HEALTHCHECK NONE
---
FROM alpine:3.20 AS base
HEALTHCHECK CMD true
FROM alpine:3.20
EXPOSE 80
---
FROM alpine:3.20
HEALTHCHECK --interval=30s CMD curl -f localhost
