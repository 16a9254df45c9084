package dev.trusty.host.bench;

import dev.trusty.core.RuleInfo;
import dev.trusty.host.checks.CheckResult;

/** One line of the bench: which check (bench id and our rule), its CIS level where known, and its result. */
public record BenchEntry(String benchId, RuleInfo rule, int level, CheckResult result) {

    public Section section() {
        return Section.of(benchId);
    }
}
