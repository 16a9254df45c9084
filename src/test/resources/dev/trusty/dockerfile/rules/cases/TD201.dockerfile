FROM debian:12
# expect: TD201
USER 1
---
FROM debian:12
# expect: TD201
USER 33:33
---
FROM debian:12 AS build
USER 10001
FROM debian:12
# expect: TD201
USER 999
---
FROM debian:12
USER 10001
---
FROM debian:12
USER 0
---
FROM debian:12 AS build
USER 5
FROM debian:12
USER 10001
