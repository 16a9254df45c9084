# expect: TD102
FROM debian:12 as build
---
# expect: TD102
from debian:12 AS build
---
FROM debian:12 AS a
# expect: TD102
FROM debian:12 As b
---
FROM debian:12 AS build
---
from debian:12 as build
---
FROM debian:12
