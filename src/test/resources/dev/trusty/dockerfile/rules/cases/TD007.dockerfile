# expect: TD007 col=6
FROM debian:latest
---
FROM golang:1.22 AS build
# expect: TD007
FROM gcr.io/distroless/static:latest
---
# expect: TD007
FROM node:latest AS build
FROM build
---
FROM debian:12
---
FROM debian:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000
---
FROM debian
