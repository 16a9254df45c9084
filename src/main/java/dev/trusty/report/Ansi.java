package dev.trusty.report;

import dev.trusty.core.Severity;

/** ANSI styling that turns into plain text when colour is off. */
final class Ansi {
    private static final String RESET = "\u001b[0m";

    private final boolean on;

    Ansi(boolean on) {
        this.on = on;
    }

    String bold(String text) {
        return paint(text, "1");
    }

    String dim(String text) {
        return paint(text, "2");
    }

    String severity(Severity severity, String text) {
        return paint(text, switch (severity) {
            case CRITICAL -> "1;35";
            case HIGH -> "1;31";
            case MEDIUM -> "33";
            case LOW -> "36";
            case INFO -> "2";
        });
    }

    private String paint(String text, String code) {
        return on && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
