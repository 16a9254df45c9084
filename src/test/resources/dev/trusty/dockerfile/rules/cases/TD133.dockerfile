# config: enable
FROM alpine:3.20
# expect: TD133
ADD app.py /app/
---
# config: enable
FROM alpine:3.20
# expect: TD133
ADD --chown=1000 app.tgz /opt/
---
# config: enable
FROM alpine:3.20
# expect: TD133
ADD bundle.zip a.txt /opt/
---
# config: enable
FROM alpine:3.20
ADD app.tar.gz /opt/
---
# config: enable
FROM alpine:3.20
ADD https://example.com/tool.sh /usr/local/bin/tool.sh
---
# config: enable
FROM alpine:3.20
ADD git@github.com:example/repo.git /src
---
# config: enable
FROM alpine:3.20
ADD config.json /backup/config.tar
---
# config: enable
FROM alpine:3.20
ADD file:4b03a5e2e8c5b2a0f1d7c9e1a8b3d6c7e0f9a2b4c6d8e0f1a3b5c7d9e1f3a5b7 in /
