package dev.trusty.dockerfile.syntax;

/** One argument node of an instruction, with where its text sits in the file. */
public record Arg(String value, Span span) {
}
