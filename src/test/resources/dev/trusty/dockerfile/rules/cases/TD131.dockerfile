# expect: TD131
FROM alpine:3.20
RUN true
---
FROM alpine:3.20
USER app
# expect: TD131
USER root:root
---
FROM golang:1.22 AS build
USER builder
FROM alpine:3.20
# expect: TD131
USER 0
---
FROM golang:1.22 AS build
USER builder
FROM alpine:3.20
COPY --from=build /app /app
---
FROM alpine:3.20
USER root
USER 10001
---
FROM alpine:3.20
USER rootless
---
FROM alpine:3.20
USER 1000:0
