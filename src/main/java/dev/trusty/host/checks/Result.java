package dev.trusty.host.checks;

import java.util.Locale;

/**
 * What one bench check concluded. {@code NOTE} is a manual check: the steps are in the summary.
 * {@code SKIPPED} says why in the summary (needs root, file missing, no engine).
 */
public enum Result {
    PASS, WARN, INFO, NOTE, SKIPPED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Result parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        return t.equals("MANUAL") ? NOTE : valueOf(t);
    }
}
