# config: enable
FROM debian:12
# expect-next-line: TD069
# hadolint ignore=DL3008
RUN apt-get install -y curl
---
# config: enable
# expect-next-line: TD069
# hadolint global ignore=DL3008
FROM debian:12
---
# config: enable
FROM debian:12
# expect-next-line: TD069
# trusty ignore=TD008
RUN apt-get install -y curl
---
# config: enable
FROM debian:12
# just a comment
RUN true
---
FROM debian:12
# hadolint ignore=DL3008
RUN apt-get install -y curl
---
# config: enable
FROM debian:12
RUN true
