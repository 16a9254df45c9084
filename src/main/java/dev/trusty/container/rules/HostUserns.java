package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** With --userns=host, root in the container is root on the host even when the daemon remaps users. */
final class HostUserns implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC011", Domain.CONTAINER, "Container opts out of user namespace remapping", Severity.MEDIUM)
            .cis("5.31").cwe(250)
            .why("With --userns=host, root in the container is root on the host even when the daemon remaps users.")
            .fix("Remove --userns host / userns_mode: host (Kubernetes: set hostUsers: false).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (ContainerSpec.isHost(spec.usernsMode())) {
            out.report(INFO, spec.usernsMode().at(), Hints.withFix("uses the host user namespace: container root is host root", spec, "remove 'userns_mode: host'", "remove --userns host",
                    "set hostUsers: false"));
        }
    }
}
