# config: enable
FROM alpine:3.20
# expect: TD135
ENV AWS_SECRET_ACCESS_KEY=abc
---
# config: enable
FROM alpine:3.20 AS build
FROM alpine:3.20
# expect: TD135
ARG GITHUB_TOKEN
---
# config: enable
FROM google/cloud-sdk:480.0.0
# expect: TD135
RUN gcloud auth activate-service-account --key-file=/tmp/key.json
---
# config: enable
FROM alpine:3.20
# expect: TD135
ENV db_usr=admin
---
# config: enable
FROM node:20 AS build
ARG NPM_TOKEN
FROM node:20
---
# config: enable
FROM alpine:3.20
ENV PUBLIC_KEY=abc
---
# config: enable
FROM alpine:3.20
ENV KEYCLOAK_URL=https://id.example.com
---
# config: enable
FROM amazon/aws-cli:2.17.0
RUN --mount=type=secret,id=aws aws configure set aws_secret_access_key "$(cat /run/secrets/aws)"
---
# config: enable
FROM amazon/aws-cli:2.17.0
ENV AWS_CONFIG_FILE=/root/.aws/config
# expect: TD135
COPY aws/ /root/.aws/
---
# config: enable
FROM amazon/aws-cli:2.17.0 AS build
ENV AWS_CONFIG_FILE=/root/.aws/config
COPY aws/ /root/.aws/
FROM alpine:3.20
