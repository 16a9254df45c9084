FROM debian:12
# expect: TD066
USER app
---
FROM debian:12
# expect: TD066
USER app:app
---
FROM debian:12
# expect: TD066
ONBUILD USER www-data
---
FROM debian:12
USER 10001
---
FROM debian:12
USER 10001:10001
---
FROM debian:12
USER $APP_UID
