package dev.trusty.dockerfile.shell;

import java.util.List;

/**
 * A shell word. {@code raw} is the source text; {@code value} is it with quotes and escapes removed and
 * expansions ({@code $x}, {@code ${x}}, {@code $(..)}) kept as written. {@code substitutions} are the
 * scripts of command substitutions inside the word, so their commands are visible too.
 * Offsets are into the script text.
 */
public record Word(String raw, String value, boolean quoted, boolean hasExpansion, int start, int end,
                   List<ShellScript> substitutions) {

    /** True when the word is plain text: no expansion, so {@code value} is exactly what the shell sees. */
    public boolean isLiteral() {
        return !hasExpansion;
    }

    @Override
    public String toString() {
        return raw;
    }
}
