# config: enable
# expect: TD057
FROM debian:12
---
# config: enable
FROM debian:12 AS build
HEALTHCHECK CMD true
# expect: TD057
FROM debian:12
---
# config: enable
# expect: TD057
FROM debian:12 AS app
RUN true
---
# config: enable
FROM debian:12
HEALTHCHECK CMD /bin/check
---
# config: enable
FROM debian:12 AS base
HEALTHCHECK CMD /bin/check
FROM base
---
FROM debian:12
---
# config: enable
# expect: TD057
FROM debian:12 AS base
RUN apt-get update
FROM base
HEALTHCHECK CMD /bin/check
