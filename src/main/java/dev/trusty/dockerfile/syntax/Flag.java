package dev.trusty.dockerfile.syntax;

/**
 * A leading {@code --flag[=value]} as BuildKit keeps it: quotes removed, escapes applied.
 * {@code value} is null when the flag has no {@code =}.
 */
public record Flag(String text, String name, String value, Span span) {

    static Flag of(String text, Span span) {
        String body = text.startsWith("--") ? text.substring(2) : text;
        int eq = body.indexOf('=');
        return eq < 0 ? new Flag(text, body, null, span)
                : new Flag(text, body.substring(0, eq), body.substring(eq + 1), span);
    }

    public boolean hasValue() {
        return value != null;
    }
}
