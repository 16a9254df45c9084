FROM centos:7
# expect: TD030
RUN yum install httpd-2.4 && yum clean all
---
FROM centos:7
# expect: TD030
RUN yum groupinstall "Development Tools"
---
FROM centos:7
# expect: TD030
ONBUILD RUN yum install httpd-2.4
---
FROM centos:7
RUN yum install -y httpd-2.4 && yum clean all
---
FROM centos:7
RUN yum --assumeyes install httpd-2.4
---
FROM centos:7
RUN yum clean all
