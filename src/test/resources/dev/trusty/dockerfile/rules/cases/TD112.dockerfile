FROM debian:12
# expect: TD112
EXPOSE 0.0.0.0:80:80
---
FROM debian:12
# expect: TD112
EXPOSE 8080:80
---
FROM debian:12
# expect: TD112
EXPOSE 127.0.0.1:53:53/udp
---
FROM debian:12
EXPOSE 80
---
FROM debian:12
EXPOSE 8000-8080
---
FROM debian:12
EXPOSE 53/udp
---
FROM debian:12
ONBUILD EXPOSE 8080:80
