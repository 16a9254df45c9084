FROM debian:12 AS build
# expect: TD024
FROM debian:12 AS build
---
FROM debian:12 AS build
FROM debian:12 AS other
# expect: TD024
FROM debian:12 AS Build
---
FROM debian:12 AS a
# expect: TD024
FROM debian:12 AS a
# expect: TD024
FROM debian:12 AS a
---
FROM debian:12 AS a
FROM debian:12 AS b
---
FROM debian:12
FROM debian:12
---
FROM debian:12 AS build
FROM build AS final
