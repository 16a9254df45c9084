# config: label-schema=x:url
FROM debian:12
# expect: TD052
LABEL x="not a url"
---
# config: label-schema=x:url
FROM debian:12
# expect: TD052
LABEL x="example.com/path"
---
# config: label-schema=x:url
FROM debian:12
# expect: TD052
LABEL x="http//broken"
---
# config: label-schema=x:url
FROM debian:12
LABEL x="https://example.com"
---
# config: label-schema=x:url
FROM debian:12
LABEL x="http://localhost:8080/x"
---
# config: label-schema=x:url
FROM debian:12
LABEL x="https://github.com/org/repo"
---
# config: label-schema=x:url
FROM debian:12
LABEL x="mailto:team@example.com"
