# config: label-schema=org.opencontainers.image.source:url
# expect: TD049
FROM debian:12
---
# config: label-schema=author:text,version:semver
# expect: TD049
FROM debian:12
LABEL author=me
---
# config: label-schema=author:text
FROM debian:12 AS build
LABEL author=me
# expect: TD049
FROM debian:12
---
# config: label-schema=author:text
FROM debian:12
LABEL author=me
---
# config: label-schema=author:text
FROM debian:12 AS base
LABEL author=me
FROM base
---
FROM debian:12
