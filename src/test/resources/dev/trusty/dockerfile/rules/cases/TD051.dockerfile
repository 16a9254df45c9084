# config: label-schema=x:text
FROM debian:12
# expect: TD051
LABEL x=""
---
# config: label-schema=x:text
FROM debian:12
# expect: TD051
LABEL x=""
---
# config: label-schema=x:text
FROM debian:12
# expect: TD051
LABEL x=""
---
# config: label-schema=x:text
FROM debian:12
LABEL x="value"
---
# config: label-schema=x:text
FROM debian:12
LABEL x="a b"
---
# config: label-schema=x:text
FROM debian:12
LABEL x="1"
