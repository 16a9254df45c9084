FROM debian:12
# expect: TD108
CMD ["a"]
CMD ["b"]
---
FROM debian:12
# expect: TD108
ENTRYPOINT ["a"]
RUN true
# expect: TD108
ENTRYPOINT ["b"]
ENTRYPOINT ["c"]
---
FROM debian:12 AS build
# expect: TD108
HEALTHCHECK NONE
HEALTHCHECK CMD ["true"]
FROM debian:12
HEALTHCHECK CMD ["true"]
---
FROM debian:12
# expect: TD108
CMD ["a", \
     "b"]
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
HEALTHCHECK CMD ["c"]
---
FROM debian:12
ONBUILD CMD ["a"]
CMD ["b"]
