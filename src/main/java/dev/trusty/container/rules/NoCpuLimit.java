package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Without a CPU bound one busy container slows everything else on the host. */
final class NoCpuLimit implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC013", Domain.CONTAINER, "No CPU limit", Severity.LOW)
            .cis("5.12").trivy("KSV011").cwe(770)
            .why("A runaway or compromised process (a crypto miner, say) takes CPU from every other workload.")
            .fix("Bound it: --cpus 1 (or --cpu-shares, --cpuset-cpus), cpus / deploy.resources.limits.cpus, "
                    + "resources.limits.cpu.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (!spec.hasCpuLimit()) {
            out.report(INFO, spec.nanoCpus() != null ? spec.nanoCpus().at() : spec.at(Key.CPU),
                    Hints.withFix("no CPU limit", spec, "cpus: 1 (or deploy.resources.limits.cpus)", "--cpus 1",
                            "resources.limits.cpu: 1"));
        }
    }
}
