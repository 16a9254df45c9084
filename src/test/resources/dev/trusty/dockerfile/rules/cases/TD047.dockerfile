FROM debian:12
# expect: TD047
RUN wget https://example.com/file
---
FROM debian:12
# expect: TD047
RUN wget -O /tmp/f https://example.com/file && echo done
---
FROM debian:12
# expect: TD047
ONBUILD RUN wget https://example.com/file
---
FROM debian:12
RUN wget -q https://example.com/file
---
FROM debian:12
RUN wget --progress=dot:giga https://example.com/file
---
FROM debian:12
RUN wget -nv https://example.com/file && wget -qO- https://example.com/x
