FROM debian:12
# expect: TD142
RUN apt-get install curl
---
FROM debian:12
# expect: TD142
RUN apt-get -qq install curl
---
FROM debian:12
# expect: TD142
RUN apt-get update && apt-get install --no-install-recommends curl
---
FROM debian:12
RUN apt-get install -y curl
---
FROM debian:12
RUN apt-get -qy install curl
---
FROM debian:12
RUN apt-get install --no-install-recommends --assume-yes curl
---
FROM debian:12
RUN apt install curl
