# config: label-schema=x:semver
FROM debian:12
# expect: TD056
LABEL x="1.0"
---
# config: label-schema=x:semver
FROM debian:12
# expect: TD056
LABEL x="v1.2.3"
---
# config: label-schema=x:semver
FROM debian:12
# expect: TD056
LABEL x="1.2.3.4"
---
# config: label-schema=x:semver
FROM debian:12
LABEL x="1.2.3"
---
# config: label-schema=x:semver
FROM debian:12
LABEL x="0.1.0-rc.1"
---
# config: label-schema=x:semver
FROM debian:12
LABEL x="2.0.0+build.5"
