FROM debian:12
# expect: TD107
ENV A 1
---
FROM debian:12
# expect: TD107
LABEL maintainer me
---
FROM debian:12
# BuildKit keeps an ONBUILD trigger as text: not checked
ONBUILD ENV B 2
---
FROM debian:12
# expect: TD107
ENV \
    C hello world
---
FROM debian:12
ENV A=1
---
FROM debian:12
LABEL a=b c=d
---
FROM debian:12
ARG A
