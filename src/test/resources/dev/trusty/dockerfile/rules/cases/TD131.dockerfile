# config: enable
# expect: TD131
FROM alpine:3.20
RUN true
---
# config: enable
FROM alpine:3.20
USER app
# expect: TD131
USER root:root
---
# config: enable
FROM golang:1.22 AS build
USER builder
FROM alpine:3.20
# expect: TD131
USER 0
---
# config: enable
FROM golang:1.22 AS build
USER builder
FROM alpine:3.20
COPY --from=build /app /app
---
# config: enable
FROM alpine:3.20
USER root
USER 10001
---
# config: enable
FROM alpine:3.20
USER rootless
---
# config: enable
FROM alpine:3.20
USER 1000:0
