FROM debian:12
# expect: TD010
COPY app.tar.gz /tmp/
RUN tar -xzf /tmp/app.tar.gz -C /opt
---
FROM debian:12
# expect: TD010
COPY release.tgz /tmp/release.tgz
RUN cd /opt && tar xf /tmp/release.tgz
---
FROM debian:12
# expect: TD010
COPY data.tar.xz /data/
RUN tar --extract --file /data/data.tar.xz
---
FROM debian:12
ADD app.tar.gz /opt/
---
FROM debian:12
COPY app.tar.gz /srv/
RUN echo keep the archive
---
FROM debian:12
COPY app.tar.gz /srv/
RUN tar -czf other.tar.gz /etc
