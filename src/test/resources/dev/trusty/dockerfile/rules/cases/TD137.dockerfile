FROM debian:12
# expect: TD137
RUN cd /app && make
---
FROM debian:12
# expect: TD137
RUN cd /src; make
---
FROM debian:12
# expect: TD137
RUN ["sh", "-c", "make && cd /tmp && ls"]
---
FROM debian:12
RUN (cd /src && make)
---
FROM debian:12
RUN make -C x; cd /tmp
---
FROM debian:12
RUN if [ -d /src ]; then cd /src; fi
