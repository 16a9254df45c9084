package dev.trusty.dockerfile.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Variable references in Dockerfile words ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}). */
final class Variables {
    private static final Pattern REF = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*}|([A-Za-z_][A-Za-z0-9_]*))");

    private Variables() {
    }

    static List<String> references(String text) {
        if (text.indexOf('$') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '\\') {
                continue;
            }
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }

    static List<int[]> referenceRanges(String text) {
        if (text.indexOf('$') < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        Matcher m = REF.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '\\') {
                continue;
            }
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
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
