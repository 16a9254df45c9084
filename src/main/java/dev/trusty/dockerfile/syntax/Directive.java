package dev.trusty.dockerfile.syntax;

/** A parser directive from the file's leading block ({@code # syntax=}, {@code # escape=}, {@code # check=}). */
public record Directive(String name, String value, int line) {
}
