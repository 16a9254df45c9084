FROM fedora:40
# expect: TD041
RUN dnf install -y httpd && dnf clean all
---
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect: TD041
RUN microdnf install -y curl && microdnf clean all
---
FROM fedora:40
# expect: TD041
ONBUILD RUN dnf install -y httpd
---
FROM fedora:40
RUN dnf install -y httpd-2.4.57 && dnf clean all
---
FROM fedora:40
RUN dnf module install -y nodejs:20 && dnf clean all
---
FROM fedora:40
RUN dnf install -y /tmp/local.rpm && dnf clean all
---
FROM fedora:40
# expect: TD041
RUN dnf --enablerepo=updates-testing --refresh install -y httpd && dnf clean all
---
FROM fedora:40
# expect: TD041
RUN dnf module install -y nodejs-20 && dnf clean all
