FROM debian:12
# expect: TD122
WORKDIR /proc/self
---
FROM debian:12
# expect: TD122
WORKDIR /dev
---
FROM debian:12
# expect: TD122
WORKDIR /boot/efi
---
FROM debian:12
WORKDIR /app
---
FROM debian:12
WORKDIR /devtools
---
FROM debian:12
WORKDIR /opt/proc
