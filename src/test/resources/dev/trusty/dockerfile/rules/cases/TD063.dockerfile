# expect: TD063
FROM debian:12 AS scratch
---
# expect: TD063
FROM debian:12 AS context
---
FROM debian:12 AS build
# expect: TD063
FROM debian:12 AS Scratch
---
FROM debian:12 AS build
---
FROM scratch
---
FROM debian:12 AS scratchpad
