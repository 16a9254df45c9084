# config: enable
FROM debian:12
# expect: TD136
RUN sudo apt-get update
---
# config: enable
FROM debian:12
# expect: TD136
RUN apt-get update && sudo apt-get install -y curl
---
# config: enable
FROM debian:12
# expect: TD136
RUN make \
 && sudo make install
---
# config: enable
FROM debian:12
RUN echo hi; sudo ls
---
# config: enable
FROM debian:12
RUN ["sudo", "ls"]
---
# config: enable
FROM debian:12
RUN false || sudo ls
---
# config: enable
FROM debian:12
ONBUILD RUN sudo ls
