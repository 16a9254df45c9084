FROM debian:12
# expect: TD111
EXPOSE 80/TCP
---
FROM debian:12
# expect: TD111
EXPOSE 53/Udp
---
FROM debian:12
# expect: TD111
ONBUILD EXPOSE 80/TCP
---
FROM debian:12
EXPOSE 80/tcp
---
FROM debian:12
EXPOSE 80
---
FROM debian:12
EXPOSE 53/udp 80/tcp
