FROM node:20
# expect: TD016
RUN npm install express
---
FROM node:20
# expect: TD016
RUN npm install -g typescript@5.4.5 @angular/cli
---
FROM node:20
# expect: TD016
ONBUILD RUN npm install --save lodash
---
FROM node:20
# expect: TD016
RUN npm install git+https://github.com/org/repo.git
---
FROM node:20
RUN npm install express@4.19.2 @angular/cli@17.3.0
---
FROM node:20
RUN npm install && npm ci
---
FROM node:20
RUN npm install ./local-package git+https://github.com/org/repo.git#v1.0.0 https://example.com/pkg.tgz
---
FROM node:20
RUN npm i express && npm add lodash && npm run install
