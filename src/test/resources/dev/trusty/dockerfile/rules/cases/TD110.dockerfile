FROM debian:12
# expect: TD110
CMD node app.js
---
FROM debian:12
# expect: TD110
ENTRYPOINT ['node', 'app.js']
---
FROM debian:12 AS build
SHELL ["/bin/bash", "-c"]
FROM debian:12
# expect: TD110
CMD echo hi
---
FROM debian:12
# expect: TD110
CMD echo hi
SHELL ["/bin/bash", "-c"]
---
FROM debian:12
CMD ["node", "app.js"]
---
FROM debian:12
SHELL ["/bin/bash", "-c"]
CMD echo hi
---
FROM debian:12 AS base
SHELL ["/bin/sh", "-c"]
FROM base
ENTRYPOINT exec /app/run
---
FROM debian:12
ONBUILD CMD echo hi
