# config: label-schema=x:rfc3339
FROM debian:12
# expect: TD053
LABEL x="2024-13-01T00:00:00Z"
---
# config: label-schema=x:rfc3339
FROM debian:12
# expect: TD053
LABEL x="yesterday"
---
# config: label-schema=x:rfc3339
FROM debian:12
# expect: TD053
LABEL x="2024-01-01"
---
# config: label-schema=x:rfc3339
FROM debian:12
LABEL x="2024-01-31T12:00:00Z"
---
# config: label-schema=x:rfc3339
FROM debian:12
LABEL x="2024-01-31T12:00:00+02:00"
---
# config: label-schema=x:rfc3339
FROM debian:12
LABEL x="2024-01-31T12:00:00.123Z"
