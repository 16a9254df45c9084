package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** The container can change the host's hostname and domain name, confusing logs and services that trust them. */
final class HostUts implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC010", Domain.CONTAINER, "Container shares the host UTS namespace", Severity.MEDIUM)
            .cis("5.21").cwe(668)
            .why("The container can change the host's hostname and domain name, confusing logs and services that trust them.")
            .fix("Remove --uts host / uts: host.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (ContainerSpec.isHost(spec.utsMode())) {
            out.report(INFO, spec.utsMode().at(), Hints.withFix("uses the host UTS namespace: it can change the host name", spec, "remove 'uts: host'", "remove --uts host",
                    "remove it"));
        }
    }
}
