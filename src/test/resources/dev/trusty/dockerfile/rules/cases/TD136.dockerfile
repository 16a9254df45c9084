FROM debian:12
# expect: TD136
RUN sudo apt-get update
---
FROM debian:12
# expect: TD136
RUN apt-get update && sudo apt-get install -y curl
---
FROM debian:12
# expect: TD136
RUN make \
 && sudo make install
---
FROM debian:12
RUN echo hi; sudo ls
---
FROM debian:12
RUN ["sudo", "ls"]
---
FROM debian:12
RUN false || sudo ls
---
FROM debian:12
ONBUILD RUN sudo ls
