# A typo of a name the file defines: reported even though debian's env is unknown offline.
FROM debian:12
ARG VERSION=1
# expect: TD115
LABEL version=$VERSON
---
# A global ARG is not in scope in a stage until declared there.
ARG NODE_MAJOR=20
FROM debian:12
# expect: TD115
ENV NODE_MAJOR=${NODE_MAJOR}
---
# Automatic platform ARGs too.
FROM debian:12
# expect: TD115
COPY bin/app-$TARGETARCH /usr/local/bin/app
---
# scratch has an empty env: every undefined name counts, in COPY --chown as well.
FROM scratch
ENV APP_HOME=/app
# expect: TD115
WORKDIR $APP_HOEM
# expect: TD115
COPY --chown=$APP_USER app /app
---
# An ENV does not see the names it sets itself.
FROM scratch
# expect: TD115
ENV A=1 B=$A
---
# A known base image's env: the typo of its JAVA_HOME is reported.
# config: base-image=example/jdk:21 linux/amd64 JAVA_HOME=/opt/java,PATH=/opt/java/bin
FROM example/jdk:21
# expect: TD115
ENV JAVA_OPTS=-Djava.home=$JAVA_HOEM
---
# A stage built on a scratch-rooted stage inherits its env, and its known-ness.
FROM scratch AS base
ENV APP=/app
FROM base
# expect: TD115
WORKDIR $APPP
# expect: TD115
USER ${RUNTIME_USER}
---
# A fallback says what happens when the name is unset.
FROM scratch
WORKDIR ${DIR:-/app}
LABEL a=${A:+set} b=${B-none}
---
# RUN, CMD and HEALTHCHECK are expanded by the shell, not by the builder; ONBUILD triggers run later.
FROM scratch
RUN echo $UNDEFINED
CMD echo $UNDEFINED
HEALTHCHECK CMD test -f $UNDEFINED
ONBUILD COPY $SRC /
---
# ARG without a default defines the name; so does a global ARG declared again in the stage.
ARG V=1
FROM scratch
ARG VERSION
ARG V
LABEL version=$VERSION v=$V
---
# Offline, an unknown base may define anything: names that are no near miss stay silent.
FROM debian:12
ENV HOME2=/x
ENV P=$JAVA_HOME:$SOMETHING_ELSE
WORKDIR $HOME
---
# Proxies, PATH and declared platform ARGs are defined; quotes and escapes keep $ literal.
FROM scratch
ARG TARGETARCH
ENV p=$HTTP_PROXY PATH=/app:$PATH
COPY app-$TARGETARCH /app
ENV A='$NOPE' B=\$NOPE
---
# A stage inherits the ENV and ARGs of the stage it is built on.
FROM scratch AS a
ENV HOME_DIR=/h
ARG TOOL=x
FROM a
WORKDIR $HOME_DIR/$TOOL
---
# Each ARG default sees the ARGs before it in the same instruction.
FROM scratch
ARG A=1 B=$A
---
# A known base image's env defines the name.
# config: base-image=example/jdk:21 linux/amd64 JAVA_HOME=/opt/java
FROM example/jdk:21
ENV JAVA_OPTS=-Djava.home=$JAVA_HOME
