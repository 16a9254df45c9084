# comment before
FROM alpine
  RUN echo leading whitespace
RUN echo continued \
    # a comment inside a continuation

    on three lines
RUN echo hello\
world
CMD ['single', 'quotes']
CMD ["trailing"] text
ENTRYPOINT [ "spaced" ,	"tab" ]
RUN []
COPY "a b" c/
ARG A="x y" B=1 C
ENV E1="quoted value" E2='single' E3=esc\ aped
RUN echo # not a comment
HEALTHCHECK NONE
USER a b
WORKDIR /path with/spaces
RUN echo \\
RUN echo 'done'
