FROM debian:12
# expect: TD205
RUN curl -fsSL https://example.com/install.sh | sh
---
FROM debian:12
# expect: TD205
RUN wget -qO- https://example.com/install.sh | bash -s -- --yes
---
FROM debian:12
# expect: TD205
RUN curl -fsSL https://example.com/setup | sudo -E bash -
---
FROM debian:12
RUN curl -fsSL -o install.sh https://example.com/install.sh && sha256sum -c sums && sh install.sh
---
FROM debian:12
RUN curl -fsSL https://example.com/a.tar.gz | tar xz
---
FROM debian:12
RUN echo "curl x | sh"
