# config: enable
FROM debian:12
RUN wget -q https://example.com/a
# expect: TD144
RUN curl -fsSLO https://example.com/b
RUN wget https://example.com/c
---
# config: enable
FROM debian:12
# expect: TD144
RUN wget -q https://example.com/a && curl -fsSLO https://example.com/b
---
# config: enable
FROM debian:12 AS fetch
RUN curl -O https://example.com/a
FROM debian:12
RUN curl -O https://example.com/b
# expect: TD144
RUN   wget https://example.com/c
---
# config: enable
FROM debian:12 AS one
RUN wget https://example.com/a
FROM debian:12
RUN curl -O https://example.com/b
---
# config: enable
FROM debian:12
RUN apt-get install -y wget && curl -O https://example.com/b
---
# config: enable
FROM debian:12
RUN set -eux; wget https://example.com/a
RUN curl -O https://example.com/b
