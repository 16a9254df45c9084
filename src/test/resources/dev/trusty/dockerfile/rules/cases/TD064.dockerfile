FROM debian:12
# expect: TD064
ARG DB_PASSWORD
---
FROM debian:12
# expect: TD064
ENV API_KEY=placeholder
---
FROM debian:12
# expect: TD064
ONBUILD ARG github_token
---
FROM debian:12
ARG VERSION=1.0
---
FROM debian:12
ENV PATH=/opt/bin:$PATH
---
FROM debian:12
ARG USERNAME=app
---
FROM debian:12
ARG VERSION=secret_token
---
FROM debian:12
# expect: TD064 col=5
ARG Gh_ToKeN=1 MODE=x
