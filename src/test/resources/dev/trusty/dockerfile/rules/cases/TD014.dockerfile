FROM debian:12
# expect: TD014
RUN apt-get install python=2.7
---
FROM debian:12
# expect: TD014
RUN apt-get update && apt-get install --no-install-recommends curl=7
---
FROM debian:12
# expect: TD014
ONBUILD RUN apt-get install curl=7
---
FROM debian:12
RUN apt-get install -y python=2.7
---
FROM debian:12
RUN apt-get install -yq python=2.7 && apt-get -qq install curl=7
---
FROM debian:12
RUN apt-get --assume-yes install python=2.7
