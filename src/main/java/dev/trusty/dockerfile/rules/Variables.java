package dev.trusty.dockerfile.rules;

import java.util.ArrayList;
import java.util.List;

import java.util.regex.Pattern;

/** Variable references in Dockerfile words ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}). */
final class Variables {
    /** The reference syntax {@link #scan} implements (kept as its specification: VariablesTest compares them). */
    static final Pattern REF = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*}|([A-Za-z_][A-Za-z0-9_]*))");

    private Variables() {
    }

    static List<String> references(String text) {
        if (text.indexOf('$') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        scan(text, (start, end, name) -> out.add(name));
        return out;
    }

    static List<int[]> referenceRanges(String text) {
        if (text.indexOf('$') < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        scan(text, (start, end, name) -> out.add(new int[] {start, end}));
        return out;
    }

    private interface Found {
        void reference(int start, int end, String name);
    }

    /**
     * What {@link #REF} finds, without a regex (this runs on every ENV, ARG and FROM value):
     * {@code $NAME}, or {@code ${NAME...}} up to the next closing brace; escaped dollars are skipped.
     */
    private static void scan(String text, Found found) {
        int n = text.length();
        int p = text.indexOf('$');
        while (p >= 0 && p + 1 < n) {
            int end = -1;
            String name = null;
            char c = text.charAt(p + 1);
            if (c == '{' && p + 2 < n && nameStart(text.charAt(p + 2))) {
                int e = nameEnd(text, p + 2);
                int close = text.indexOf('}', e);
                if (close >= 0) {
                    name = text.substring(p + 2, e);
                    end = close + 1;
                }
            } else if (nameStart(c)) {
                end = nameEnd(text, p + 1);
                name = text.substring(p + 1, end);
            }
            if (name == null) {
                p = text.indexOf('$', p + 1);
                continue;
            }
            if (p == 0 || text.charAt(p - 1) != '\\') {
                found.reference(p, end, name);
            }
            p = text.indexOf('$', end);
        }
    }

    /** A character that may start a variable name. */
    static boolean nameStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
    }

    /** The end of the variable name that starts at {@code from}. */
    static int nameEnd(String text, int from) {
        int e = from;
        while (e < text.length() && (nameStart(text.charAt(e)) || text.charAt(e) >= '0' && text.charAt(e) <= '9')) {
            e++;
        }
        return e;
    }

    /** The name of {@code NAME=default}. */
    static String argName(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? arg : arg.substring(0, eq);
    }

    static String argDefault(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? null : Paths.unquote(arg.substring(eq + 1));
    }
}
