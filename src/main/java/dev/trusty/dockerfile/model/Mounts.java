package dev.trusty.dockerfile.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code RUN --mount=} values: comma-separated {@code key=value} fields; a bare key means {@code key=true}. */
public final class Mounts {
    private Mounts() {
    }

    /** The fields with lower-cased keys; {@code type} defaults to {@code bind}. */
    public static Map<String, String> parse(String value) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : splitCsv(value)) {
            String f = field.strip();
            if (f.isEmpty()) {
                continue;
            }
            int eq = f.indexOf('=');
            String key = (eq < 0 ? f : f.substring(0, eq)).toLowerCase(Locale.ROOT);
            out.put(key, eq < 0 ? "true" : f.substring(eq + 1));
        }
        out.putIfAbsent("type", "bind");
        return out;
    }

    private static java.util.List<String> splitCsv(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
