FROM debian:12
# expect: TD005 col=5
RUN sudo apt-get install -y curl
---
FROM debian:12
# expect: TD005
RUN apt-get update && sudo -u app make
---
FROM debian:12
# expect: TD005
ONBUILD RUN sudo make install
---
FROM debian:12
RUN apt-get install -y sudo
---
FROM debian:12
RUN echo "sudo is not used"
---
FROM debian:12
USER root
RUN make install
---
FROM debian:12
# expect: TD005
RUN echo "$(sudo cat /etc/shadow)" > /tmp/x
---
FROM debian:12
# expect: TD005 col=12
RUN echo $(sudo id -u)
---
FROM debian:12
# expect: TD005
RUN VERSION="`sudo cat /etc/version`" \
    && echo "$VERSION"
---
FROM debian:12
RUN echo '$(sudo id)' $((1 + 2))
