FROM debian:12
# expect: TD001 col=9
WORKDIR app
---
FROM debian:12
WORKDIR /app
# expect: TD001
WORKDIR src/main
---
FROM debian:12
# expect: TD001
ONBUILD WORKDIR build
---
FROM debian:12
WORKDIR /usr/src/app
---
FROM debian:12
WORKDIR $HOME/app
---
FROM mcr.microsoft.com/windows/servercore:ltsc2022
WORKDIR C:\\app
---
FROM debian:12
WORKDIR "/quoted/path"
