FROM debian:12
# expect: TD021
COPY a.txt b.txt /dest
---
FROM debian:12
# expect: TD021
COPY --chown=app a b c /opt/app
---
FROM debian:12
# expect: TD021
ONBUILD COPY a b /x
---
FROM debian:12
COPY a.txt b.txt /dest/
---
FROM debian:12
COPY a.txt /dest
---
FROM debian:12
COPY a b "/dest/"
