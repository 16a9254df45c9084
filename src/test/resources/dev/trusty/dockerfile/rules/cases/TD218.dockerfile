FROM debian:12
# expect: TD218
RUN --network=host curl -f http://localhost
---
FROM debian:12
# expect: TD218
RUN --mount=type=cache,target=/x --network=host make
---
FROM debian:12
# expect: TD218
ONBUILD RUN --network=host make
---
FROM debian:12
RUN --network=none make
---
FROM debian:12
RUN --network=default make
---
FROM debian:12
RUN make
