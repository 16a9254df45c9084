FROM debian:12
# expect: TD022
COPY --from=build /app /app
---
FROM debian:12
# expect: TD022
COPY --from=builder /app /app
FROM debian:12 AS builder
---
FROM golang:1.22 AS build
FROM debian:12
# expect: TD022
COPY --from=biuld /app /app
---
FROM golang:1.22 AS build
FROM debian:12
COPY --from=build /app /app
---
FROM golang:1.22
FROM debian:12
COPY --from=0 /app /app
---
FROM debian:12
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
