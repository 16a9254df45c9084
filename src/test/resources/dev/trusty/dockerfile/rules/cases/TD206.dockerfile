FROM debian:12
# expect: TD206
RUN curl -fsSL -o /tmp/tool https://example.com/tool && chmod +x /tmp/tool
---
FROM debian:12
# expect: TD206
RUN wget -q https://example.com/tool.tar.gz && tar xzf tool.tar.gz
---
FROM debian:12
# expect: TD206
RUN curl -fsSLO https://example.com/tool.deb
---
FROM debian:12
RUN curl -fsSL -o tool.tgz https://example.com/tool.tgz && echo "abc  tool.tgz" | sha256sum -c -
---
FROM debian:12
RUN wget -q https://example.com/tool.asc https://example.com/tool && gpg --verify tool.asc tool
---
FROM debian:12
RUN curl -fsS http://localhost:8080/health
