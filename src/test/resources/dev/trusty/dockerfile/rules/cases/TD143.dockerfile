# config: enable
FROM debian:12
# expect: TD143
RUN apt-get install -y curl
---
# config: enable
FROM debian:12
# expect: TD143
RUN apt-get -y install -o APT::Install-Recommends=false curl
---
# config: enable
FROM debian:12
# expect: TD143
RUN apt-get update \
 && apt-get install -y curl
---
# config: enable
FROM debian:12
RUN apt-get install -y --no-install-recommends curl
---
# config: enable
FROM debian:12
RUN apt install -y curl
---
# config: enable
FROM debian:12
RUN ["apt-get", "install", "-y", "curl"]
