FROM debian:12
RUN wget -q https://example.com/a
# expect: TD071
RUN curl -fsSL https://example.com/b
# expect: TD071
RUN wget -q https://example.com/c
---
FROM debian:12
# expect: TD071
RUN wget -q https://example.com/a && curl -fsSL https://example.com/b
---
FROM debian:12 AS a
RUN true
FROM debian:12
RUN curl -fsSL x
# expect: TD071
RUN wget -q x
---
FROM debian:12
RUN wget -q https://example.com/a
---
FROM debian:12 AS a
RUN wget -q https://example.com/a
FROM debian:12
RUN curl -fsSL https://example.com/b
---
FROM debian:12
RUN apt-get install -y curl=7 wget=1
