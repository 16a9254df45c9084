FROM debian:12
# expect: TD002
RUN apt-get update && service nginx restart
---
FROM debian:12
# expect: TD002
RUN vim /etc/hosts
---
FROM debian:12
# expect: TD002
ONBUILD RUN ps aux
---
FROM debian:12
RUN echo ssh is not run here
---
FROM debian:12
RUN apt-get install -y openssh-client
---
FROM debian:12
RUN ./configure && make && make install
---
FROM debian:12
# expect: TD002
RUN echo "procs: `ps -e | wc -l`"
