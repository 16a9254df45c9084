FROM debian:12
# expect: TD213
RUN chmod u+s /usr/bin/tool
---
FROM debian:12
# expect: TD213
RUN chmod 4755 /usr/local/bin/helper
---
FROM debian:12
# expect: TD213
RUN chmod g+s /srv/shared
---
FROM debian:12
RUN chmod 0755 /usr/local/bin/helper
---
FROM debian:12
RUN chmod u-s /usr/bin/passwd
---
FROM debian:12
RUN chmod +x /entrypoint.sh
---
FROM debian:12
# expect: TD213
RUN chmod u=rwxs /usr/local/bin/tool
