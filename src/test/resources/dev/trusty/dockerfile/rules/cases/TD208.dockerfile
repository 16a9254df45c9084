FROM debian:12
# expect: TD208
ENV DATABASE_URL=postgres://app:s3cretpass@db:5432/app
---
FROM debian:12
# expect: TD208
ARG REPO=https://deploy:hunter22x@git.example.com/org/repo.git
---
FROM debian:12
# expect: TD208
LABEL source="https://bot:tok3nvalue@git.example.com/x"
---
FROM debian:12
ENV DATABASE_URL=postgres://db:5432/app
---
FROM debian:12
ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
---
FROM debian:12
ARG REPO=https://${USER}:${TOKEN}@git.example.com/x.git
---
FROM debian:12
# expect: TD208
ENV NPM_TOKEN="npm_abcdefghijklmnopqrstuvwxyz0123456789"
---
FROM debian:12
ARG SHORT=glpat-
