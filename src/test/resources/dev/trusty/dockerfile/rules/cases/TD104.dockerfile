FROM debian:12
# expect: TD104
run echo hi
---
from debian:12
run echo a
# expect: TD104
COPY a /a
---
FROM debian:12
# expect: TD104
Run echo hi
---
FROM debian:12
RUN echo hi
---
from debian:12
run echo hi
---
FROM debian:12
ONBUILD RUN echo hi
