# config: enable
FROM debian:12
# expect: TD142
RUN apt-get install curl
---
# config: enable
FROM debian:12
# expect: TD142
RUN apt-get -qq install curl
---
# config: enable
FROM debian:12
# expect: TD142
RUN apt-get update && apt-get install --no-install-recommends curl
---
# config: enable
FROM debian:12
RUN apt-get install -y curl
---
# config: enable
FROM debian:12
RUN apt-get -qy install curl
---
# config: enable
FROM debian:12
RUN apt-get install --no-install-recommends --assume-yes curl
---
# config: enable
FROM debian:12
RUN apt install curl
