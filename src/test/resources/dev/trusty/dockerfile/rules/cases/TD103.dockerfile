FROM debian:12
# expect: TD103
RUN apt-get update && \

    apt-get install -y curl=7
---
FROM debian:12
# expect: TD103
RUN echo a \

  b
---
FROM debian:12
# expect: TD103
ENV A=1 \

    B=2
---
FROM debian:12
RUN echo a \
  b
---
FROM debian:12
RUN echo a \
# a comment line
  b
---
FROM debian:12

RUN echo a
---
FROM debian:12
# expect: TD103
RUN a \

  b \

  c
