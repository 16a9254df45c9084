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
---
# BuildKit counts and checks only the stages' instructions, not global ARGs
arg VERSION=3
FROM debian:${VERSION}
RUN echo hi
---
# an ONBUILD trigger is text to BuildKit: only the ONBUILD keyword counts
FROM debian:12
ONBUILD run echo hi
---
# a tie goes to upper case
# expect: TD104
from debian:12
RUN echo hi
---
# a lower-case file with one upper-case keyword after the first stage
from debian:12 AS build
run echo a
from debian:12
copy --from=build /a /a
# expect: TD104
WORKDIR /app
