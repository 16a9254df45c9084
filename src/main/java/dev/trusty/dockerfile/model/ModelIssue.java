package dev.trusty.dockerfile.model;

import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

/** Something BuildKit would only notice while building (e.g. a bad {@code ${...}}); the model keeps going. */
public record ModelIssue(Instruction instruction, Span span, String message) {
}
