FROM fedora:40
# expect: TD038
RUN dnf install httpd-2.4 && dnf clean all
---
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect: TD038
RUN microdnf install httpd-2.4 && microdnf clean all
---
FROM fedora:40
# expect: TD038
ONBUILD RUN dnf install httpd-2.4
---
FROM fedora:40
RUN dnf install -y httpd-2.4 && dnf clean all
---
FROM fedora:40
RUN dnf --assumeyes install httpd-2.4 && dnf clean all
---
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf -y install httpd-2.4 && microdnf clean all
