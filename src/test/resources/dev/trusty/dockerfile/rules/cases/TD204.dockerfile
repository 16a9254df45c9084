FROM debian:12
# expect: TD204
ADD https://example.com/tool.tar.gz /opt/
---
FROM debian:12
# expect: TD204
ADD http://example.com/file /tmp/file
---
FROM debian:12
# expect: TD204
ONBUILD ADD https://example.com/a /a
---
FROM debian:12
ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://example.com/tool.tar.gz /opt/
---
FROM debian:12
ADD https://github.com/moby/buildkit.git#v0.14.0 /src
---
FROM debian:12
ADD local.tar.gz /opt/
