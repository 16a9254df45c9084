# config: enable
FROM centos:7
# expect: TD138
RUN yum install -y httpd
---
# config: enable
FROM centos:7
# expect: TD138
RUN yum -y install httpd && rm -rf /var/cache/yum
---
# config: enable
FROM centos:7
# expect: TD138
RUN yum clean all && yum install -y httpd
---
# config: enable
FROM centos:7
RUN yum install -y httpd && yum clean all
---
# config: enable
FROM centos:7
RUN yum install -y a; yum install -y b; yum clean all
---
# config: enable
FROM centos:7
RUN yum makecache
