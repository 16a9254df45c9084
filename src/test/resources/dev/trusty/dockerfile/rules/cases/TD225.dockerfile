FROM node:20
# expect: TD225
RUN npm i express
---
FROM node:20
# expect: TD225
RUN npm i -g typescript@5.4.5 @angular/cli
---
FROM node:20
# expect: TD225
ONBUILD RUN npm add --save lodash
---
FROM node:20
RUN npm i express@4.19.2 @angular/cli@17.3.0
---
FROM node:20
RUN npm install express
---
FROM node:20
RUN npm i && npm add ./local-package git+https://github.com/org/repo.git#v1.0.0
