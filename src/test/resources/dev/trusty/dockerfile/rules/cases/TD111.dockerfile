FROM debian:12
# expect: TD111
EXPOSE 80/TCP
---
FROM debian:12
# expect: TD111
EXPOSE 53/Udp
---
FROM debian:12
# BuildKit keeps an ONBUILD trigger as text: not checked
ONBUILD EXPOSE 80/TCP
---
FROM debian:12
# expect: TD111
EXPOSE 80 443/Tcp
---
FROM debian:12
EXPOSE 80/tcp
---
FROM debian:12
EXPOSE 80
---
FROM debian:12
EXPOSE 53/udp 80/tcp
