package dev.trusty.core;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * What one target produced: the rules that were checked against it (so formats such as JUnit can
 * show passing rules too), the findings that survived suppression, and how many were suppressed.
 */
public record TargetReport(Target target, List<RuleInfo> rulesChecked, List<Finding> findings,
                           int suppressed, Duration elapsed) {

    /** Findings worst first, then in source order. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> sourceOf(f) == null ? 0 : sourceOf(f).line())
            .thenComparingInt(f -> sourceOf(f) == null ? 0 : sourceOf(f).column())
            .thenComparing(f -> f.location().describe())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::ruleId);

    /** The text position a finding points at, directly or through the container setting's origin. */
    private static Location.File sourceOf(Finding f) {
        return switch (f.location()) {
            case Location.File file -> file;
            case Location.ContainerField field -> field.source();
            default -> null;
        };
    }

    public TargetReport {
        rulesChecked = List.copyOf(rulesChecked);
        findings = findings.stream().sorted(ORDER).toList();
    }
}
