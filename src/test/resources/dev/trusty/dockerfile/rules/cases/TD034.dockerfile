FROM opensuse/leap:15.6
# expect: TD034
RUN zypper install httpd=2.4
---
FROM opensuse/leap:15.6
# expect: TD034
RUN zypper in curl=8.0
---
FROM opensuse/leap:15.6
# expect: TD034
ONBUILD RUN zypper install curl=8.0
---
FROM opensuse/leap:15.6
RUN zypper install -y httpd=2.4
---
FROM opensuse/leap:15.6
RUN zypper -n install httpd=2.4
---
FROM opensuse/leap:15.6
RUN zypper --non-interactive in httpd=2.4
