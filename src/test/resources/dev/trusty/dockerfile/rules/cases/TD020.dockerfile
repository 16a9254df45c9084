FROM debian:12
# expect: TD020 col=1
ADD app.py /app/
---
FROM debian:12
# expect: TD020
ADD --chown=app:app src /src
---
FROM debian:12
# expect: TD020
ONBUILD ADD config.json /etc/app/
---
FROM debian:12
ADD app.tar.gz /opt/
---
FROM debian:12
ADD https://example.com/file.txt /tmp/
---
FROM debian:12
COPY app.py /app/
