FROM debian:12
# expect: TD121
RUN apt-get update && apt-get dist-upgrade -y
---
FROM debian:12
# expect: TD121
RUN apt-get -y dist-upgrade
---
FROM debian:12
# expect: TD121
RUN apt-get update \
 && apt-get -qq dist-upgrade
---
FROM debian:12
RUN apt-get update && apt-get upgrade -y
---
FROM debian:12
RUN echo dist-upgrade
---
FROM debian:12
RUN apt-get install -y curl=7
---
FROM debian:12
# Trivy's DS024 looks at apt-get only
RUN apt full-upgrade -y
