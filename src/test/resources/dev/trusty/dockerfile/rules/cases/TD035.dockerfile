FROM opensuse/leap:15.6
# expect: TD035
RUN zypper dist-upgrade
---
FROM opensuse/leap:15.6
# expect: TD035
RUN zypper -n dup
---
FROM opensuse/leap:15.6
# expect: TD035
ONBUILD RUN zypper dup
---
FROM opensuse/leap:15.6
RUN zypper -n update
---
FROM opensuse/leap:15.6
RUN zypper -n install curl=8
---
FROM opensuse/leap:15.6
RUN echo zypper dup
