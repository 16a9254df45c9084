ARG TAG
# expect: TD109
FROM busybox:${TAG}
---
ARG IMAGE=
# expect: TD109
FROM ${IMAGE}
---
ARG REGISTRY=Example.com
# expect: TD109
FROM ${REGISTRY}/app:1
---
ARG TAG=1.36
FROM busybox:${TAG}
---
ARG TAG
FROM busybox:${TAG:-1.36}
---
FROM busybox:${UNDECLARED}
