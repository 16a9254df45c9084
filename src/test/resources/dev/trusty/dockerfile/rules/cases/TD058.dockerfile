# config: label-schema=x:email
FROM debian:12
# expect: TD058
LABEL x="me"
---
# config: label-schema=x:email
FROM debian:12
# expect: TD058
LABEL x="me@"
---
# config: label-schema=x:email
FROM debian:12
# expect: TD058
LABEL x="@example.com"
---
# config: label-schema=x:email
FROM debian:12
LABEL x="me@example.com"
---
# config: label-schema=x:email
FROM debian:12
LABEL x="first.last@sub.example.org"
---
# config: label-schema=x:email
FROM debian:12
LABEL x="a+b@example.io"
