FROM debian:12
RUN /a.sh
# expect: TD059
RUN /b.sh
---
FROM debian:12
RUN --mount=type=cache,target=/x make a
# expect: TD059
RUN --mount=type=cache,target=/x make b
---
FROM debian:12
RUN echo one
# a comment in between
# expect: TD059
RUN echo two
---
FROM debian:12
RUN echo one
COPY a /a
RUN echo two
---
FROM debian:12
RUN --mount=type=cache,target=/x make a
RUN make b
---
FROM debian:12
RUN apt-get update && apt-get install -y curl=7
RUN echo done && echo really
