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
---
FROM centos:7
# expect: TD033
RUN yum --enablerepo epel install -y tomcat && yum clean all
---
FROM centos:7
# expect: TD033
RUN yum module install -y nodejs-20 && yum clean all
---
FROM centos:7
RUN yum module install -y nodejs:20 && yum groupinstall -y "Development Tools" && yum clean all
