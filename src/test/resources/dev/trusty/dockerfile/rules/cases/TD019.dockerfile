FROM alpine:3.20
# expect: TD019
RUN apk add curl=8.5.0-r0
---
FROM alpine:3.20
# expect: TD019
RUN apk update && apk add bash=5.2
---
FROM alpine:3.20
# expect: TD019
ONBUILD RUN apk add bash=5.2
---
FROM alpine:3.20
RUN apk add --no-cache curl=8.5.0-r0
---
FROM alpine:3.20
RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.5.0-r0
---
FROM alpine:3.20
RUN apk del curl
