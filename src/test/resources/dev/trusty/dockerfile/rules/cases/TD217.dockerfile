FROM debian:12
# expect: TD217
RUN --security=insecure make
---
FROM debian:12
# expect: TD217
RUN --network=none --security=insecure make
---
FROM debian:12
# expect: TD217
ONBUILD RUN --security=insecure make
---
FROM debian:12
RUN --security=sandbox make
---
FROM debian:12
RUN make
---
FROM debian:12
RUN --network=host make
