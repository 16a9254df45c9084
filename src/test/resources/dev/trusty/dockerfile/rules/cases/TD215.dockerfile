# expect: TD215
FROM nginx:1.27
EXPOSE 80
---
FROM debian:12 AS build
HEALTHCHECK CMD true
# expect: TD215
FROM nginx:1.27
EXPOSE 80
---
FROM debian:12 AS base
EXPOSE 8080
# expect: TD215
FROM base
CMD ["app"]
---
FROM nginx:1.27
EXPOSE 80
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
---
FROM debian:12
CMD ["batch-job"]
---
FROM nginx:1.27 AS base
HEALTHCHECK CMD true
FROM base
EXPOSE 80
---
# a HEALTHCHECK anywhere in the lineage counts, in the stage before the EXPOSE too
FROM debian:12 AS base
HEALTHCHECK CMD true
FROM base AS app
EXPOSE 8080
FROM app
CMD ["app"]
