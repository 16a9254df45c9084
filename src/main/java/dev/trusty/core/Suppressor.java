package dev.trusty.core;

/** A target's own suppressions, such as inline {@code # trusty ignore=...} pragmas in a Dockerfile. */
@FunctionalInterface
public interface Suppressor {
    Suppressor NONE = finding -> false;

    boolean suppresses(Finding finding);
}
