FROM debian:12
# expect: TD045
COPY app.py app/
---
FROM debian:12
# expect: TD045
COPY . .
WORKDIR /app
---
FROM debian:12 AS build
WORKDIR /src
FROM debian:12
# expect: TD045
COPY --from=build /src/app bin/
---
FROM debian:12
WORKDIR /app
COPY . .
---
FROM debian:12
COPY app.py /app/
---
FROM debian:12 AS base
WORKDIR /app
FROM base
COPY . .
---
# expect: TD045
COPY app.py app/
FROM debian:12
---
FROM debian:12
ONBUILD WORKDIR /app
# expect: TD045
COPY . .
