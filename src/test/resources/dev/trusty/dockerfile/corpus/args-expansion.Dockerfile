ARG REGISTRY=docker.io
ARG IMAGE=library/python
ARG TAG
FROM ${REGISTRY}/${IMAGE}:${TAG:-3.12}-slim AS py
ARG PIP_VERSION=24.0
ENV PIP_NO_CACHE_DIR=1 \
    VERSION=${PIP_VERSION} \
    PATH=/opt/venv/bin:$PATH
RUN pip install --no-cache-dir "pip==${VERSION}"
FROM py
LABEL org.opencontainers.image.source="https://example.com/${IMAGE}"
WORKDIR app
WORKDIR ./sub
COPY --from=py /opt/venv /opt/venv
