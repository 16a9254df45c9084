package dev.trusty.host.checks;

import java.util.List;

/** A check's conclusion, a one-line summary, and the evidence items it rests on. */
public record CheckResult(Result result, String summary, List<Evidence> items) {

    public CheckResult {
        items = List.copyOf(items);
    }

    public static CheckResult pass(String summary, Evidence... items) {
        return new CheckResult(Result.PASS, summary, List.of(items));
    }

    public static CheckResult warn(String summary, Evidence... items) {
        return new CheckResult(Result.WARN, summary, List.of(items));
    }

    public static CheckResult warn(String summary, List<Evidence> items) {
        return new CheckResult(Result.WARN, summary, items);
    }

    public static CheckResult info(String summary, Evidence... items) {
        return new CheckResult(Result.INFO, summary, List.of(items));
    }

    public static CheckResult info(String summary, List<Evidence> items) {
        return new CheckResult(Result.INFO, summary, items);
    }

    /** A manual check: {@code steps} says exactly what to verify and how. */
    public static CheckResult manual(String steps, Evidence... items) {
        return new CheckResult(Result.NOTE, steps, List.of(items));
    }

    public static CheckResult skipped(String why) {
        return new CheckResult(Result.SKIPPED, why, List.of());
    }

    public static CheckResult noEngine() {
        return skipped("no engine: this check reads the Engine API");
    }

    public static CheckResult needsRoot(String what) {
        return skipped("needs root: " + what + " cannot be read by this user");
    }
}
