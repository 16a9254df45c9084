FROM opensuse/leap:15.6
# expect: TD140
RUN zypper install -y httpd
---
FROM opensuse/leap:15.6
# expect: TD140
RUN zypper --non-interactive rm httpd
---
FROM opensuse/leap:15.6
# expect: TD140
RUN zypper cc && zypper in -y httpd
---
FROM opensuse/leap:15.6
RUN zypper install -y httpd && zypper clean --all
---
FROM opensuse/leap:15.6
RUN zypper in -y httpd && zypper cc
---
FROM opensuse/leap:15.6
RUN zypper refresh
