FROM debian:12
# expect: TD207
ARG GITHUB_TOKEN
---
FROM debian:12
# expect: TD207
ENV DB_PASSWORD=changeme
---
FROM debian:12 AS build
# expect: TD207
ARG NPM_AUTH_TOKEN
FROM debian:12
---
FROM debian:12
ARG PUBLIC_KEY
---
FROM debian:12
ENV PASSWORD_FILE=/run/secrets/db
---
FROM debian:12
ARG KEYBOARD_LAYOUT=us
