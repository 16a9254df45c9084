# config: dockerignore=*.md,secrets
FROM debian:12
# expect: TD113
COPY README.md /app/
---
# config: dockerignore=*.md,secrets
FROM debian:12
# expect: TD113
COPY secrets/db.txt /app/
---
# config: dockerignore=**/*.log
FROM debian:12
# expect: TD113
ADD logs/today.log /tmp/
---
# config: dockerignore=*.md
FROM debian:12
COPY app.py /app/
---
# config: dockerignore=*.md,!README.md
FROM debian:12
COPY README.md /app/
---
FROM debian:12
COPY README.md /app/
