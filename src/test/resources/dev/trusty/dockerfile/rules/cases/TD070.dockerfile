FROM debian:12
# expect: TD070
MAINTAINER me <me@example.com>
---
FROM debian:12 AS a
FROM debian:12
# expect: TD070
MAINTAINER someone
---
FROM debian:12
# expect: TD070
maintainer x
---
FROM debian:12
LABEL org.opencontainers.image.authors="me"
---
FROM debian:12
LABEL maintainer="me"
---
FROM debian:12
RUN echo MAINTAINER
