# config: enable
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect: TD141
RUN microdnf install -y httpd
---
# config: enable
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect: TD141
RUN microdnf -y reinstall tzdata && rm -rf /var/cache/yum
---
# config: enable
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect: TD141
RUN microdnf clean all && microdnf install -y httpd
---
# config: enable
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y httpd && microdnf clean all
---
# config: enable
FROM fedora:40
RUN dnf install -y httpd
---
# config: enable
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf remove -y httpd
