package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Without a memory limit one container can push the whole host into the OOM killer. */
final class NoMemoryLimit implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC012", Domain.CONTAINER, "No memory limit", Severity.MEDIUM)
            .cis("5.11").trivy("KSV018").cwe(770)
            .why("A leak or a deliberate allocation in one container starves every other container and the host.")
            .fix("Set a limit: --memory 512m, mem_limit / deploy.resources.limits.memory, resources.limits.memory.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (!spec.hasMemoryLimit()) {
            out.report(INFO, spec.memory() != null ? spec.memory().at() : spec.at(Key.MEMORY),
                    Hints.withFix("no memory limit", spec, "mem_limit: 512m (or deploy.resources.limits.memory)",
                            "--memory 512m", "resources.limits.memory: 512Mi"));
        }
    }
}
