package dev.trusty.core;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one run produced, handed to a formatter. {@code warnings} are non-fatal problems met
 * on the way (an unreadable file skipped, an unknown flag ignored), shown but never failing the run.
 */
public record Report(String tool, String version, List<TargetReport> targets, List<String> warnings,
                     Duration elapsed) {

    public Report {
        targets = List.copyOf(targets);
        warnings = List.copyOf(warnings);
    }

    public Stream<Finding> findings() {
        return targets.stream().flatMap(t -> t.findings().stream());
    }

    /** Finding counts per severity, every severity present (zero when none). */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    public int total() {
        return targets.stream().mapToInt(t -> t.findings().size()).sum();
    }

    public int suppressed() {
        return targets.stream().mapToInt(TargetReport::suppressed).sum();
    }

    /** Every distinct rule checked or reported in this run, in first-seen order. */
    public List<RuleInfo> rules() {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (TargetReport t : targets) {
            t.rulesChecked().forEach(r -> byId.putIfAbsent(r.id(), r));
            t.findings().forEach(f -> byId.putIfAbsent(f.ruleId(), f.rule()));
        }
        return List.copyOf(byId.values());
    }

    /** The worst severity found, if any finding. */
    public Optional<Severity> worst() {
        return findings().map(Finding::severity).min(Enum::compareTo);
    }

    public boolean failsAt(Severity threshold) {
        return findings().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
