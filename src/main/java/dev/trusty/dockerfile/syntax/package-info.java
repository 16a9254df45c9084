/**
 * Dockerfile text to a syntax tree, exactly as BuildKit's frontend reads it.
 *
 * <p>{@link dev.trusty.dockerfile.syntax.DockerfileParser#parse(String, byte[])} runs BuildKit's parser
 * (lines, directives, continuations, per-instruction argument parsers, heredocs) and then its
 * per-instruction checks; anything BuildKit refuses becomes a
 * {@link dev.trusty.dockerfile.syntax.DockerfileParseException} ({@code file:line:col: message}).
 * {@code parseSyntax} stops after the parser layer.
 *
 * <p>Every {@link dev.trusty.dockerfile.syntax.Instruction}, {@link dev.trusty.dockerfile.syntax.Flag} and
 * {@link dev.trusty.dockerfile.syntax.Arg} carries a {@link dev.trusty.dockerfile.syntax.Span} into the
 * original file, also inside continuations. Comment lines are kept with their lines
 * ({@link dev.trusty.dockerfile.syntax.Dockerfile#comments()}, and per instruction the run directly above
 * it), so pragmas such as {@code # hadolint ignore=DL3008} can be read by the rules.
 * {@link dev.trusty.dockerfile.syntax.WordLexer} is BuildKit's variable expansion.
 */
package dev.trusty.dockerfile.syntax;
