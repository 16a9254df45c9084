FROM debian:12
# expect: TD008 col=48
RUN apt-get install -y --no-install-recommends python
---
FROM debian:12
# expect: TD008
RUN apt-get update && apt-get -y install curl=7.88.1 git
---
FROM debian:12
# expect: TD008
ONBUILD RUN apt-get install -y python
---
FROM debian:12
RUN apt-get install -y python=2.7
---
FROM debian:12
RUN apt-get install -y ./local.deb
---
FROM debian:12
RUN apt-get install -y -t bookworm-backports python3=3.11.2-1
---
FROM debian:12
# expect: TD008
RUN apt-get install -y foo/bookworm-backports
---
FROM debian:12
RUN apt-get install -y /tmp/downloaded-package
---
FROM debian:12
RUN apt-get install -yt bookworm-backports curl=7.88.1-10
