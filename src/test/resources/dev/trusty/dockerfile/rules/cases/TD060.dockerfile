FROM node:20
# expect: TD060
RUN yarn install
---
FROM node:20
# expect: TD060
RUN yarn install --frozen-lockfile && yarn build
---
FROM node:20
# expect: TD060
ONBUILD RUN yarn install
---
FROM node:20
# expect: TD060
RUN yarn --cwd /app install --frozen-lockfile
---
FROM node:20
RUN yarn install && yarn cache clean
---
FROM node:20
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
---
FROM node:20
RUN yarn build
