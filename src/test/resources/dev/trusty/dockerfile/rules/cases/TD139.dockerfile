# config: enable
FROM fedora:40
# expect: TD139
RUN dnf install -y httpd
---
# config: enable
FROM fedora:40
# expect: TD139
RUN dnf -y reinstall tzdata && rm -rf /var/cache/dnf
---
# config: enable
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect: TD139
RUN microdnf clean all && microdnf install -y httpd
---
# config: enable
FROM fedora:40
RUN dnf install -y httpd && dnf clean all
---
# config: enable
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y httpd && microdnf clean all
---
# config: enable
FROM fedora:40
RUN dnf upgrade -y && dnf clean all
