/**
 * The Dockerfile as a build sees it: {@link dev.trusty.dockerfile.model.DockerfileModel#of} gives the
 * global ARGs, the {@link dev.trusty.dockerfile.model.Stage}s with their base
 * {@link dev.trusty.dockerfile.model.ImageRef} (registry/repository/tag/digest) or base stage, the stage
 * graph ({@link dev.trusty.dockerfile.model.Dependency}: FROM, COPY --from, RUN --mount from=), and for
 * each instruction a {@link dev.trusty.dockerfile.model.Step} with the USER, WORKDIR, SHELL, ENV, ARGs
 * and exposed ports in effect, expanded as BuildKit expands them. A RUN's
 * {@link dev.trusty.dockerfile.model.Step#run()} is its parsed shell under the stage's SHELL, or an
 * "unparsed" marker with the reason (non-POSIX SHELL, non-shell heredoc, shell syntax error).
 */
package dev.trusty.dockerfile.model;
