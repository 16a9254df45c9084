# expect: TD061
LABEL a=b
FROM debian:12
---
ARG X=1
# expect: TD061
RUN true
FROM debian:12
---
# expect: TD061
ENV A=1
# expect: TD061
WORKDIR /x
FROM debian:12
---
ARG BASE=debian:12
FROM ${BASE}
---
# syntax=docker/dockerfile:1
FROM debian:12
---
# comment first
ARG A
ARG B
FROM debian:12
