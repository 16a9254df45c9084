FROM debian:12 AS build
# expect: TD023
COPY --from=build /a /b
---
FROM debian:12 AS Build
# expect: TD023
COPY --from=build /a /b
---
FROM debian:12 AS one
FROM debian:12 AS two
# expect: TD023
COPY --from=two /a /b
---
FROM debian:12 AS one
FROM debian:12 AS two
COPY --from=one /a /b
---
FROM debian:12
COPY --from=build /a /b
---
FROM debian:12 AS build
COPY /a /b
