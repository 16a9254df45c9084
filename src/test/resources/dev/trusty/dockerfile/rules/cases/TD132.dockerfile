# config: enable
FROM alpine:3.20
# expect: TD132
EXPOSE 22
---
# config: enable
FROM alpine:3.20 AS sshd
# expect: TD132
EXPOSE 80 22/udp
FROM alpine:3.20
---
# config: enable
FROM alpine:3.20
# expect: TD132
EXPOSE 22/tcp 22/udp
---
# config: enable
FROM alpine:3.20
EXPOSE 2222
---
# config: enable
FROM alpine:3.20
EXPOSE 3389 23
---
# config: enable
FROM alpine:3.20
EXPOSE 220/tcp
