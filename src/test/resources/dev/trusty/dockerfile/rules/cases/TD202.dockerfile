# config: require-digest
# expect: TD202
FROM debian:12
---
# config: require-digest
FROM debian:12@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS build
# expect: TD202
FROM alpine:3.20
---
# config: require-digest
# expect: TD202
FROM ghcr.io/org/app:1.0 AS a
---
# config: require-digest
FROM debian:12@sha256:0000000000000000000000000000000000000000000000000000000000000000
---
# config: require-digest
FROM debian:12@sha256:0000000000000000000000000000000000000000000000000000000000000000 AS build
FROM build
---
FROM debian:12
