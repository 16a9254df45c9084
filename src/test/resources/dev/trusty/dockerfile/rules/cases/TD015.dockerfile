FROM debian:12
# expect: TD015
RUN apt-get install -y python=2.7
---
FROM debian:12
# expect: TD015
RUN apt-get update && apt-get -y install curl=7
---
FROM debian:12
# expect: TD015
ONBUILD RUN apt-get install -y curl=7
---
FROM debian:12
RUN apt-get install -y --no-install-recommends python=2.7
---
FROM debian:12
RUN apt-get -o APT::Install-Recommends=false install -y python=2.7
---
FROM debian:12
RUN apt-get update
