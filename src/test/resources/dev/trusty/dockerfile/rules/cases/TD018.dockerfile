FROM alpine:3.20
# expect: TD018
RUN apk add --no-cache curl
---
FROM alpine:3.20
# expect: TD018
RUN apk add --no-cache curl=8.5.0-r0 git
---
FROM alpine:3.20
# expect: TD018
ONBUILD RUN apk add --no-cache bash
---
FROM alpine:3.20
RUN apk add --no-cache curl=8.5.0-r0
---
FROM alpine:3.20
RUN apk add --no-cache --virtual .build-deps gcc=13.2.1-r0
---
FROM alpine:3.20
RUN apk update
