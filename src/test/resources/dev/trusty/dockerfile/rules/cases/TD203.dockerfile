FROM debian:12
# expect: TD203
RUN apt install -y curl
---
FROM debian:12
# expect: TD203
RUN apt update && apt install -y curl=7 git
---
FROM debian:12
# expect: TD203
ONBUILD RUN apt install -y curl
---
FROM debian:12
RUN apt install -y curl=7.88.1
---
FROM debian:12
RUN apt install -y ./local.deb
---
FROM debian:12
RUN apt-get install -y curl=7
