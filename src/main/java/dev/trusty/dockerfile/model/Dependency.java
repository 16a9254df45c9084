package dev.trusty.dockerfile.model;

import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

/**
 * An edge of the stage graph: {@code stage} uses {@code target} (an earlier or later stage) or, when
 * {@code target} is null, the external image {@code image} (null for {@code scratch} or a build context).
 * {@code reference} is the text as resolved; {@code span} points at it.
 */
public record Dependency(Stage stage, Kind kind, String reference, Stage target, ImageRef image,
                         Instruction instruction, Span span) {

    public enum Kind { FROM, COPY_FROM, MOUNT_FROM }
}
