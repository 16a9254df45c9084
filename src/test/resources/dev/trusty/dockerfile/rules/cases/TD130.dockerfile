FROM debian:12 AS build
# expect: TD130
FROM alpine
---
ARG TAG=latest
# expect: TD130
FROM alpine:${TAG}
---
ARG IMAGE=debian
# expect: TD130
FROM $IMAGE AS base
---
FROM alpine:3.20
# expect: TD130
FROM nginx:latest
---
ARG TAG
FROM alpine:$TAG
---
ARG TAG=3.20
FROM alpine:${TAG}
---
FROM golang:1.22 AS build
FROM build
---
FROM scratch
---
FROM alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000
