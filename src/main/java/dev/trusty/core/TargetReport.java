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
            .comparing((Finding f) -> f.location() instanceof Location.File file ? file.line() : 0)
            .thenComparing(f -> f.location() instanceof Location.File file ? file.column() : 0)
            .thenComparing(f -> f.location().describe())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::ruleId);

    public TargetReport {
        rulesChecked = List.copyOf(rulesChecked);
        findings = findings.stream().sorted(ORDER).toList();
    }
}
