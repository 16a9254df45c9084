FROM debian:12
# expect: TD048
LABEL Maintainer="me"
---
FROM debian:12
# expect: TD048
LABEL com.docker.thing=x
---
FROM debian:12
# expect: TD048
LABEL org..example=x
---
FROM debian:12
LABEL org.opencontainers.image.source="https://example.com"
---
FROM debian:12
LABEL maintainer="me" version="1"
---
FROM debian:12
LABEL com.example.vendor-name=acme
