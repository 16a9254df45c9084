# config: enable
FROM opensuse/leap:15.6
# expect: TD140
RUN zypper install -y httpd
---
# config: enable
FROM opensuse/leap:15.6
# expect: TD140
RUN zypper --non-interactive rm httpd
---
# config: enable
FROM opensuse/leap:15.6
# expect: TD140
RUN zypper cc && zypper in -y httpd
---
# config: enable
FROM opensuse/leap:15.6
RUN zypper install -y httpd && zypper clean --all
---
# config: enable
FROM opensuse/leap:15.6
RUN zypper in -y httpd && zypper cc
---
# config: enable
FROM opensuse/leap:15.6
RUN zypper refresh
