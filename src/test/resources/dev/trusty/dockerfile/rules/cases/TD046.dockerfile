FROM debian:12
# expect: TD046
RUN useradd -u 123456 app
---
FROM debian:12
# expect: TD046
RUN groupadd -g 100000 app && useradd --uid 100000 -g app app
---
FROM debian:12
# expect: TD046
ONBUILD RUN useradd -u 2000000 app
---
FROM debian:12
RUN useradd -l -u 123456 app
---
FROM debian:12
RUN useradd -u 10001 app
---
FROM debian:12
RUN useradd --no-log-init -u 123456 app
