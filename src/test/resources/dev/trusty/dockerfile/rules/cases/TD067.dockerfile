FROM debian:12 AS build
FROM scratch
# expect: TD067
COPY --from=build / /
---
FROM debian:12 AS build
FROM scratch
# expect: TD067
COPY --from=build /. /rootfs/
---
FROM scratch
# expect: TD067
COPY --from=busybox:1.36 / /
---
FROM debian:12 AS build
FROM scratch
COPY --from=build /app /app
---
FROM debian:12
COPY / /x
---
FROM debian:12 AS build
FROM scratch
COPY --from=build /etc/ssl/certs /etc/ssl/certs
