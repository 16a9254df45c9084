FROM alpine
RUN echo crlf \
    lines
CMD ["sh"]
