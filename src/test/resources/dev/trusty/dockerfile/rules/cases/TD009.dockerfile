FROM debian:12
# expect: TD009
RUN apt-get update && apt-get install -y python
---
FROM debian:12 AS base
# expect: TD009
RUN apt-get update && apt-get install -y python
FROM base
RUN true
---
FROM debian:12
# expect: TD009
RUN apt-get update \
 && apt-get install -y curl
---
FROM debian:12
RUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*
---
FROM debian:12 AS build
RUN apt-get update && apt-get install -y python
FROM debian:12
COPY --from=build /x /x
---
FROM debian:12
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y python
---
FROM debian:12
RUN apt-get install -y python
