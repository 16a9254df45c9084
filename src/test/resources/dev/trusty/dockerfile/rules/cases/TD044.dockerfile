FROM debian:12
# expect: TD044
ENV A=1 B=$A
---
FROM debian:12
# expect: TD044
ENV DIR=/opt PATH=${DIR}/bin:$PATH
---
FROM debian:12
# expect: TD044
ONBUILD ENV X=1 Y=${X}
---
FROM debian:12
ENV A=1
ENV B=$A
---
FROM debian:12
ENV A=1
ENV A=2 B=$A
---
FROM debian:12
ENV PATH=/opt/bin:$PATH
---
# expect: TD044
ENV A=1 B=$A
FROM debian:12
---
ARG A
ENV A=1 B=$A
FROM debian:12
