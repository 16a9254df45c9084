package dev.trusty.dockerfile.rules;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Minimal variable expansion for rules that need a value: $X, ${X}, ${X:-default}, ${X:+alt}. */
final class Expand {
    private static final Pattern REF = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?}|([A-Za-z_][A-Za-z0-9_]*))");

    private Expand() {
    }

    static String expand(String text, Function<String, String> env) {
        Matcher m = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(4);
            String value = env.apply(name);
            String op = m.group(2);
            if (op != null) {
                boolean set = op.startsWith(":") ? value != null && !value.isEmpty() : value != null;
                value = op.endsWith("-") ? (set ? value : m.group(3)) : (set ? m.group(3) : "");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
