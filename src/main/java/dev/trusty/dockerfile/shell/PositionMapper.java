package dev.trusty.dockerfile.shell;

import dev.trusty.dockerfile.syntax.Span;

/** Maps offsets in a script back to the Dockerfile. */
@FunctionalInterface
public interface PositionMapper {
    Span span(int start, int end);
}
