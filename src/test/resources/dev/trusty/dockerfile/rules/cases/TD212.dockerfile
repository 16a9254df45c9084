FROM debian:12
# expect: TD212
COPY --chown=app:app app /usr/local/bin/app
---
FROM debian:12
# expect: TD212
COPY --chown=1000 --chmod=755 server /srv/server
---
FROM debian:12
# expect: TD212
ADD --chown=www-data bin/ /opt/app/bin/
---
FROM debian:12
COPY app /usr/local/bin/app
---
FROM debian:12
COPY --chown=app:app data/ /var/lib/app/
---
FROM debian:12
COPY --chown=root:root app /usr/local/bin/app
