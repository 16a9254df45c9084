# expect: TD200
FROM debian:12
RUN true
---
FROM debian:12 AS build
USER 10001
# expect: TD200
FROM debian:12
CMD ["app"]
---
FROM debian:12
USER 10001
# expect: TD200
USER root
---
FROM debian:12
USER 10001
---
FROM debian:12 AS base
USER 10001
FROM base
CMD ["app"]
---
FROM debian:12
USER root
RUN apt-get update
USER app
