# config: label-schema=author:text
# config: strict-labels
FROM debian:12
LABEL author=me
# expect: TD050
LABEL other=x
---
# config: strict-labels
FROM debian:12
# expect: TD050
LABEL any=x
---
# config: label-schema=author:text
# config: strict-labels
FROM debian:12
# expect: TD050
LABEL author=me autor=typo
---
# config: label-schema=author:text
# config: strict-labels
FROM debian:12
LABEL author=me
---
# config: label-schema=author:text
FROM debian:12
LABEL other=x
---
FROM debian:12
LABEL other=x
---
# config: label-schema=a:text
# config: strict-labels
FROM debian:12
# expect: TD050
ONBUILD LABEL b="1"
