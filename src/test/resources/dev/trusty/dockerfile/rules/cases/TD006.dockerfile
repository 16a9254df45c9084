# expect: TD006 col=6
FROM debian
---
FROM golang:1.22 AS build
# expect: TD006
FROM alpine
---
# expect: TD006
FROM ubuntu AS base
FROM base
---
FROM debian:12
---
FROM debian@sha256:0000000000000000000000000000000000000000000000000000000000000000
---
FROM scratch
---
FROM golang:1.22 AS build
FROM build
---
ARG BASE=debian:12
FROM ${BASE}
