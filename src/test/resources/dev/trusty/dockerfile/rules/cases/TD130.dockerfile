# config: enable
FROM debian:12 AS build
# expect: TD130
FROM alpine
---
# config: enable
ARG TAG=latest
# expect: TD130
FROM alpine:${TAG}
---
# config: enable
ARG IMAGE=debian
# expect: TD130
FROM $IMAGE AS base
---
# config: enable
FROM alpine:3.20
# expect: TD130
FROM nginx:latest
---
# config: enable
ARG TAG
FROM alpine:$TAG
---
# config: enable
ARG TAG=3.20
FROM alpine:${TAG}
---
# config: enable
FROM golang:1.22 AS build
FROM build
---
# config: enable
FROM scratch
---
# config: enable
FROM alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000
