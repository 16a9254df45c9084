/**
 * Facts about base images that Dockerfile checks need but the Dockerfile does not say: the image's
 * environment and platform. {@link dev.trusty.dockerfile.base.BaseImageSource#OFFLINE} knows none (the
 * default: linting needs no engine); {@link dev.trusty.dockerfile.base.EngineBaseImages} inspects the
 * local engine's image store, never pulling. {@code scratch} and stages of the same file are resolved by
 * the checks themselves from the file.
 */
package dev.trusty.dockerfile.base;
