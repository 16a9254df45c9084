# config: enable
FROM debian:12
# expect: TD137
RUN cd /app && make
---
# config: enable
FROM debian:12
# expect: TD137
RUN cd /src; make
---
# config: enable
FROM debian:12
# expect: TD137
RUN ["sh", "-c", "make && cd /tmp && ls"]
---
# config: enable
FROM debian:12
RUN (cd /src && make)
---
# config: enable
FROM debian:12
RUN make -C x; cd /tmp
---
# config: enable
FROM debian:12
RUN if [ -d /src ]; then cd /src; fi
