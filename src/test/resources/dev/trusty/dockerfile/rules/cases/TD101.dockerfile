# expect: TD101
FROM debian:12 AS Build
---
FROM debian:12 AS a
# expect: TD101
FROM debian:12 AS FINAL
---
# expect: TD101
from debian:12 as myStage
---
FROM debian:12 AS build
---
FROM debian:12
---
FROM debian:12 AS build-2
