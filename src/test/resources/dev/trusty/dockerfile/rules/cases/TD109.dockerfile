ARG TAG
# expect: TD109
FROM busybox:${TAG}
---
ARG IMAGE=
# expect: TD109
FROM ${IMAGE}
---
ARG REPO=Library/Alpine
# expect: TD109
FROM ${REPO}
---
# a registry host may have capitals, a repository path not
ARG REGISTRY=Example.com
FROM ${REGISTRY}/app:1
---
ARG TAG=1.36
FROM busybox:${TAG}
---
ARG TAG
FROM busybox:${TAG:-1.36}
---
FROM busybox:${UNDECLARED}
---
# tags may have capitals
ARG TAG=Stable-1.0
FROM busybox:$TAG
