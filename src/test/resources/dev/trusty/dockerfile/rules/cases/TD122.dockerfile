FROM debian:12
# expect: TD122
WORKDIR /proc/self
---
FROM debian:12
# expect: TD122
WORKDIR /dev/shm
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
---
FROM debian:12
# the directory itself is not reported, as in Trivy's DS030
WORKDIR /dev
---
FROM debian:12
WORKDIR /sys/fs
