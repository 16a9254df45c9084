package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Without a pids limit a fork bomb in one container exhausts the host's process table. */
final class NoPidsLimit implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC014", Domain.CONTAINER, "No PIDs limit", Severity.LOW)
            .cis("5.29").cwe(770)
            .why("A fork bomb (or a leak of threads) inside one container stops the host from starting processes.")
            .fix("Set --pids-limit 200 / pids_limit: 200 (Kubernetes: the kubelet's podPidsLimit).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (!spec.hasPidsLimit() && spec.settable(Key.PIDS_LIMIT)) {
            out.report(INFO, spec.pidsLimit() != null ? spec.pidsLimit().at() : spec.at(Key.PIDS_LIMIT),
                    Hints.withFix("no PIDs limit", spec, "pids_limit: 200", "--pids-limit 200", "set podPidsLimit"));
        }
    }
}
