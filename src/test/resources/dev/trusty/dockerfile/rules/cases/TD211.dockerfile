FROM debian:12
# expect: TD211
RUN chmod 777 /app
---
FROM debian:12
# expect: TD211
RUN chmod -R o+w /data
---
FROM debian:12
# expect: TD211
RUN mkdir /x && chmod a+rwx /x
---
FROM debian:12
RUN chmod 755 /app
---
FROM debian:12
RUN chmod -R g+w /data
---
FROM debian:12
RUN chmod o-w /data && chmod 1770 /tmp/x
---
FROM debian:12
# expect: TD211
RUN chmod g+r,o+w /data
---
FROM debian:12
RUN chmod u+x,g-w /data /usr/local/my-app
