FROM centos:7
# expect: TD033
RUN yum install -y httpd && yum clean all
---
FROM centos:7
# expect: TD033
RUN yum install -y tomcat-9.0 wget && yum clean all
---
FROM centos:7
# expect: TD033
ONBUILD RUN yum install -y curl
---
FROM centos:7
RUN yum install -y httpd-2.24.2 && yum clean all
---
FROM centos:7
RUN yum install -y /tmp/package.rpm && yum clean all
---
FROM centos:7
RUN yum install -y "nginx-${NGINX_VERSION}" && yum clean all
