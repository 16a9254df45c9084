/**
 * A POSIX sh (plus common bash) parser for what RUN executes.
 *
 * <p>{@link dev.trusty.dockerfile.shell.ShellScript#commands()} lists every simple command that runs
 * (inside lists, pipelines, loops, functions and command substitutions), each with its words
 * (quotes removed, expansions kept as text) and offsets that the script's
 * {@link dev.trusty.dockerfile.shell.PositionMapper} turns into Dockerfile spans.
 */
package dev.trusty.dockerfile.shell;
