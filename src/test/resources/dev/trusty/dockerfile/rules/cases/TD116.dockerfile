# An arm64 image for an amd64 build.
# config: build-platform=linux/amd64
# config: base-image=example/tool:1 linux/arm64
# expect: TD116
FROM example/tool:1
---
# --platform asks for arm64 but the image is amd64.
# config: build-platform=linux/amd64
# config: base-image=example/tool:1 linux/amd64
# expect: TD116
FROM --platform=linux/arm64 example/tool:1 AS build
---
# --platform through a global ARG; variants count for arm.
# config: build-platform=linux/amd64
# config: base-image=example/tool:1 linux/arm/v7
ARG PLATFORM=linux/arm/v6
# expect: TD116
FROM --platform=$PLATFORM example/tool:1
---
# Another OS.
# config: build-platform=linux/amd64
# config: base-image=example/win:1 windows/amd64
FROM scratch AS a
# expect: TD116
FROM example/win:1
---
# Offline nothing is known about images: silent.
FROM --platform=linux/arm64 debian:12
---
# Same platform; x86_64 and aarch64/v8 are the engine's spellings of amd64 and arm64.
# config: build-platform=linux/x86_64
# config: base-image=example/tool:1 linux/amd64
# config: base-image=example/arm:1 linux/aarch64/v8
FROM example/tool:1
FROM --platform=linux/arm64 example/arm:1
FROM --platform=$BUILDPLATFORM example/tool:1
---
# An amd64 build takes 386 images, an arm/v7 build arm/v6 ones (containerd's matcher).
# config: build-platform=linux/amd64
# config: base-image=example/i386:1 linux/386
# config: base-image=example/armv6:1 linux/arm/v6
FROM example/i386:1
FROM --platform=linux/arm/v7 example/armv6:1
---
# Stages, scratch and images the source does not know are not checked.
# config: build-platform=linux/amd64
# config: base-image=example/arm:1 linux/arm64
FROM scratch AS a
FROM a
FROM example/other:1
