package dev.trusty.dockerfile.syntax;

/** A word BuildKit's shell lexer refuses, e.g. {@code ${}} or an unterminated quote. */
public final class ExpansionException extends Exception {
    public ExpansionException(String message) {
        super(message);
    }
}
