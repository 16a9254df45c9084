FROM debian:12
# expect: TD209
COPY id_rsa /root/.ssh/id_rsa
---
FROM node:20
# expect: TD209
COPY .npmrc package.json /app/
---
FROM debian:12
# expect: TD209
ADD certs/server.key /etc/ssl/private/
---
FROM debian:12
COPY id_rsa.pub /root/.ssh/authorized_keys
---
FROM debian:12
COPY .env.example /app/.env.example
---
FROM debian:12
COPY certs/ca-cert.pem /usr/local/share/ca-certificates/
