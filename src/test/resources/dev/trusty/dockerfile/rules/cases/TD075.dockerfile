FROM debian:12
# expect: TD075
RUN ln -sf /bin/bash /bin/sh
---
FROM debian:12
# expect: TD075
RUN rm /bin/sh && ln -s /bin/bash /bin/sh
---
FROM debian:12
# expect: TD075
ONBUILD RUN ln -sfv /bin/bash /bin/sh
---
FROM debian:12
RUN ln -s /usr/bin/python3 /usr/bin/python
---
FROM debian:12
SHELL ["/bin/bash", "-c"]
---
FROM debian:12
RUN ln -s /bin/bash /usr/local/bin/sh
