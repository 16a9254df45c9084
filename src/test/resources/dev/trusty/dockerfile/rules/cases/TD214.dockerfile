FROM debian:12
# expect: TD214
EXPOSE 22
---
FROM debian:12
# expect: TD214
EXPOSE 80 3389/tcp
---
FROM debian:12
# expect: TD214
EXPOSE 2375
---
FROM debian:12
EXPOSE 80 443
---
FROM debian:12
EXPOSE 8022
---
FROM debian:12
EXPOSE 2222
---
FROM debian:12
# expect: TD214
EXPOSE 8080/tcp 22/udp
---
FROM debian:12
EXPOSE 222222 /22 22a
