FROM debian:12
CMD ["a"]
# expect: TD073
CMD ["b"]
---
FROM debian:12
CMD a
RUN true
# expect: TD073
CMD ["b"]
---
FROM debian:12 AS build
CMD ["a"]
# expect: TD073
CMD ["b"]
FROM debian:12
CMD ["c"]
---
FROM debian:12
CMD ["a"]
---
FROM debian:12 AS a
CMD ["a"]
FROM debian:12
CMD ["b"]
---
FROM debian:12
ENTRYPOINT ["a"]
CMD ["b"]
