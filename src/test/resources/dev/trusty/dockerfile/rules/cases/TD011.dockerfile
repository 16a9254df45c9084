FROM debian:12
# expect: TD011 col=8
EXPOSE 80000
---
FROM debian:12
# expect: TD011
EXPOSE 80 65536/tcp
---
FROM debian:12
# expect: TD011
EXPOSE 8000-70000
---
FROM debian:12
EXPOSE 80 443/tcp
---
FROM debian:12
EXPOSE 65535
---
FROM debian:12
EXPOSE $PORT 8000-8080
