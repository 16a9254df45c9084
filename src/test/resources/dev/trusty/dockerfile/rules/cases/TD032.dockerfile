FROM centos:7
# expect: TD032
RUN yum install -y httpd-2.4
---
FROM centos:7
# expect: TD032
RUN yum install -y httpd-2.4 && yum clean metadata
---
FROM centos:7
# expect: TD032
ONBUILD RUN yum install -y httpd-2.4
---
FROM centos:7
RUN yum install -y httpd-2.4 && yum clean all
---
FROM centos:7
RUN yum install -y httpd-2.4 && rm -rf /var/cache/yum
---
FROM centos:7
RUN yum makecache
