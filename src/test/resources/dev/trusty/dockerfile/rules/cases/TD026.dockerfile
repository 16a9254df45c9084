# config: trusted-registries=docker.io
# expect: TD026
FROM quay.io/prometheus/node-exporter:v1.8.0
---
# config: trusted-registries=*.example.com
# expect: TD026
FROM debian:12
---
# config: trusted-registries=registry.example.com
FROM registry.example.com/base:1 AS build
# expect: TD026
COPY --from=ghcr.io/org/tool:1.0 /tool /tool
---
# config: trusted-registries=docker.io
FROM debian:12
---
# config: trusted-registries=*.example.com
FROM registry.example.com/base:1 AS build
FROM build
COPY --from=build /a /a
---
FROM quay.io/prometheus/node-exporter:v1.8.0
