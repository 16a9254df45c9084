package dev.trusty.host.facts;

import java.util.List;

/**
 * One effective daemon setting: its daemon.json key, its value(s) as text, and where it was set
 * (the dockerd command line with the flag as given, or daemon.json with the line).
 */
public record Setting(String key, List<String> values, String source) {

    public Setting {
        values = List.copyOf(values);
    }

    public String value() {
        return values.isEmpty() ? "" : values.get(values.size() - 1);
    }

    /** True for true / 1 / yes, the forms dockerd's flag library accepts. */
    public boolean isTrue() {
        String v = value().trim().toLowerCase(java.util.Locale.ROOT);
        return v.equals("true") || v.equals("1") || v.equals("t");
    }

    public boolean isFalse() {
        String v = value().trim().toLowerCase(java.util.Locale.ROOT);
        return v.equals("false") || v.equals("0") || v.equals("f");
    }

    /** Evidence line: {@code icc=false (dockerd command line (pid 42): --icc=false)}. */
    public String describe() {
        return key + "=" + String.join(",", values) + " (" + source + ")";
    }
}
