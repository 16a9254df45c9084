package dev.trusty.dockerfile.syntax;

/** A comment line: {@code text} is what follows the {@code #}, trimmed. Pragmas are read from these. */
public record Comment(int line, int column, String text) {
}
