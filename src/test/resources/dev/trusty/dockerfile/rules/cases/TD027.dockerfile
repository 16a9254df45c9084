FROM debian:12
# expect: TD027
RUN apt install -y curl
---
FROM debian:12
# expect: TD027
RUN apt-get update && apt upgrade -y
---
FROM debian:12
# expect: TD027
ONBUILD RUN apt install curl
---
FROM debian:12
RUN apt-get install -y curl=7
---
FROM debian:12
RUN apt-cache policy curl
---
FROM debian:12
RUN echo apt install
