FROM debian:12
# expect: TD106
WORKDIR app
WORKDIR sub
---
FROM debian:12 AS a
# expect: TD106
WORKDIR app/
FROM a AS b
WORKDIR subdir/
---
FROM debian:12 AS a
WORKDIR /app
FROM debian:12
RUN true
# expect: TD106
WORKDIR ./src
---
FROM debian:12
WORKDIR /app
WORKDIR src
---
FROM debian:12 AS base
WORKDIR /app
FROM base
WORKDIR src
---
FROM debian:12
ARG DIR=/srv
WORKDIR $DIR
---
FROM debian:12
ONBUILD WORKDIR app
---
ARG SUB=src
FROM debian:12
ARG SUB
ENV APP=$SUB/app
# expect: TD106
WORKDIR ${SUB}
---
FROM debian:12
WORKDIR $HOME/app
