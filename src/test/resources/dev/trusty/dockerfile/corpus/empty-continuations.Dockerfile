FROM alpine
RUN apk add \

    curl \
    # comment line

    jq
RUN echo end \
