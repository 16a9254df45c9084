FROM fedora:40
# expect: TD040
RUN dnf install -y httpd-2.4
---
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
# expect: TD040
RUN microdnf install -y httpd-2.4
---
FROM fedora:40
# expect: TD040
ONBUILD RUN dnf install -y httpd-2.4
---
FROM fedora:40
# expect: TD040
RUN dnf --enablerepo epel install -y httpd-2.4
---
FROM fedora:40
RUN dnf install -y httpd-2.4 && dnf clean all
---
FROM fedora:40
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y httpd-2.4
---
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y httpd-2.4 && microdnf clean all
