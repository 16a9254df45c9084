package dev.trusty.core;

import java.util.Locale;

/** How bad a finding is. Declared from worst to least so {@link #atLeast} reads naturally. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** True when this severity is as bad as {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a user-given severity. Accepts our names and the synonyms users of hadolint
     * ({@code error}, {@code warning}, {@code style}) and Trivy ({@code unknown}) bring along.
     */
    public static Severity parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "critical" -> CRITICAL;
            case "high", "error" -> HIGH;
            case "medium", "warning", "warn" -> MEDIUM;
            case "low", "style" -> LOW;
            case "info", "unknown", "note" -> INFO;
            default -> throw new IllegalArgumentException(
                    "unknown severity '" + text + "' (expected critical, high, medium, low or info)");
        };
    }
}
