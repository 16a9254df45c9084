FROM debian:12
HEALTHCHECK CMD /bin/check
# expect: TD012
HEALTHCHECK CMD /bin/other
---
FROM debian:12
HEALTHCHECK NONE
RUN true
# expect: TD012
HEALTHCHECK --interval=5s CMD curl -f http://localhost/
---
FROM debian:12 AS a
HEALTHCHECK CMD a
# expect: TD012
HEALTHCHECK CMD b
FROM debian:12
HEALTHCHECK CMD c
---
FROM debian:12
HEALTHCHECK CMD /bin/check
---
FROM debian:12 AS a
HEALTHCHECK CMD a
FROM debian:12
HEALTHCHECK CMD b
---
FROM debian:12
RUN true
