FROM debian:12
# expect: TD043
ONBUILD ONBUILD RUN true
---
FROM debian:12
# expect: TD043
ONBUILD FROM debian:12
---
FROM debian:12
# expect: TD043
ONBUILD MAINTAINER someone
---
FROM debian:12
ONBUILD RUN true
---
FROM debian:12
ONBUILD COPY . /app
---
FROM debian:12
RUN true
