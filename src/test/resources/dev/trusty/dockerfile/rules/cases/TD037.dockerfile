FROM opensuse/leap:15.6
# expect: TD037
RUN zypper install -y httpd && zypper clean
---
FROM opensuse/leap:15.6
# expect: TD037
RUN zypper -n in curl=8 wget && zypper clean
---
FROM opensuse/leap:15.6
# expect: TD037
ONBUILD RUN zypper install -y httpd
---
FROM opensuse/leap:15.6
RUN zypper install -y httpd=2.4 && zypper clean
---
FROM opensuse/leap:15.6
RUN zypper install -y "httpd>=2.4" && zypper clean
---
FROM opensuse/leap:15.6
RUN zypper install -y /tmp/pkg.rpm && zypper clean
