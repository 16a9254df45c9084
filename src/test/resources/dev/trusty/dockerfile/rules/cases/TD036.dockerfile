FROM opensuse/leap:15.6
# expect: TD036
RUN zypper -n install curl=8
---
FROM opensuse/leap:15.6
# expect: TD036
RUN zypper -n in curl=8 && rm -rf /tmp/*
---
FROM opensuse/leap:15.6
# expect: TD036
ONBUILD RUN zypper -n install curl=8
---
FROM opensuse/leap:15.6
RUN zypper -n install curl=8 && zypper clean
---
FROM opensuse/leap:15.6
RUN zypper -n install curl=8 && zypper cc
---
FROM opensuse/leap:15.6
RUN zypper -n refresh
