FROM debian:12
# expect: TD076
RUN wget -qO- https://example.com | tar xz
---
FROM debian:12
SHELL ["/bin/bash", "-c"]
# expect: TD076
RUN curl -fsSL x | bash
---
FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
FROM debian:12
# expect: TD076
RUN cat a | grep b
---
FROM debian:12
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com | tar xz
---
FROM debian:12
RUN echo "a | b" && true || false
---
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
RUN Get-ChildItem | Select-Object Name
---
FROM debian:12
RUN set -o pipefail && curl -fsSL x | tar xz
---
FROM debian:12 AS base
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
FROM base
RUN cat a | grep b
---
# hadolint shell=powershell
FROM mcr.microsoft.com/windows/servercore:ltsc2022
RUN Get-ChildItem | Select-Object Name
---
FROM debian:12
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
# expect: TD076
RUN cat a | grep b
---
FROM debian:12
SHELL ["/usr/bin/bash", "-o", "pipefail", "-c"]
RUN cat a | grep b
