# config: enable
FROM debian:12
# expect: TD114
# the version to install
ARG VERSION=1
---
# config: enable
# expect: TD114
# base image for building
FROM debian:12 AS build
---
# config: enable
FROM debian:12
# expect: TD114
# wrong name
ARG OTHER
---
# config: enable
FROM debian:12
# VERSION the version to install
ARG VERSION=1
---
# config: enable
# build compiles the app
FROM debian:12 AS build
---
FROM debian:12
# the version
ARG VERSION=1
---
# config: enable
FROM debian:12
# expect: TD114
# about something else
ARG FOO=1 BAR=2
---
# config: enable
FROM debian:12
# bar is the second one
ARG FOO=1 bar=2
---
# config: enable
# expect: TD114
# Build compiles the app
FROM debian:12 AS Build
---
# check=experimental=InvalidDefinitionDescription
FROM debian:12
# expect: TD114
# wrong
ARG X=1
