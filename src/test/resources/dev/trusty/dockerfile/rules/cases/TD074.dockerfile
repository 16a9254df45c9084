FROM debian:12
ENTRYPOINT ["a"]
# expect: TD074
ENTRYPOINT ["b"]
---
FROM debian:12
ENTRYPOINT a
RUN true
# expect: TD074
ENTRYPOINT ["b"]
---
FROM debian:12 AS build
ENTRYPOINT ["a"]
# expect: TD074
ENTRYPOINT ["b"]
FROM debian:12
ENTRYPOINT ["c"]
---
FROM debian:12
ENTRYPOINT ["a"]
---
FROM debian:12 AS a
ENTRYPOINT ["a"]
FROM debian:12
ENTRYPOINT ["b"]
---
FROM debian:12
ENTRYPOINT ["a"]
CMD ["b"]
