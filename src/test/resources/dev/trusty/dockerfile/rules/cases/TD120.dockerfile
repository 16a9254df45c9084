FROM debian:12
# expect: TD120
RUN apt-get update
---
FROM alpine:3.20
# expect: TD120
RUN apk update
---
FROM debian:12
# expect: TD120
RUN apt-get install -y curl=7 && apt-get update
---
FROM debian:12
RUN apt-get update && apt-get install -y curl=7
---
FROM alpine:3.20
RUN apk update && apk add --no-cache curl=8
---
FROM debian:12
RUN apt-get update && apt-get upgrade -y
