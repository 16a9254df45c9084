package dev.trusty.host.checks;

import dev.trusty.core.Severity;
import dev.trusty.host.facts.HostFacts;

/** A check that cannot be automated: always {@code note}, with the exact steps to do by hand. */
final class ManualCheck extends BaseCheck {
    private final String steps;

    ManualCheck(String id, String benchId, String title, String why, String steps) {
        super(id, benchId, title, Severity.INFO, why, steps);
        this.steps = steps;
    }

    @Override
    public CheckResult evaluate(HostFacts facts) {
        return CheckResult.manual(steps);
    }
}
