# config: label-schema=x:hash
FROM debian:12
# expect: TD055
LABEL x="xyz"
---
# config: label-schema=x:hash
FROM debian:12
# expect: TD055
LABEL x="12345678901234567890123456789012345678zz"
---
# config: label-schema=x:hash
FROM debian:12
# expect: TD055
LABEL x="abc"
---
# config: label-schema=x:hash
FROM debian:12
LABEL x="0123456789abcdef0123456789abcdef01234567"
---
# config: label-schema=x:hash
FROM debian:12
LABEL x="abcdef1"
---
# config: label-schema=x:hash
FROM debian:12
LABEL x="ABCDEF0123456789ABCDEF0123456789ABCDEF01"
