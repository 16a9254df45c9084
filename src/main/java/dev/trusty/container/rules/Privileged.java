package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** A privileged container is root on the host with extra steps. */
final class Privileged implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC001", Domain.CONTAINER, "Container runs privileged", Severity.CRITICAL)
            .cis("5.5").trivy("KSV017").podSecurity("privileged").cwe(250)
            .why("A privileged container gets every capability, every host device, and no seccomp, AppArmor or "
                    + "masked /proc paths: escaping to the host is a matter of mounting its disk.")
            .fix("Remove --privileged / 'privileged: true' / securityContext.privileged; add only the capabilities "
                    + "or devices the workload needs.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (spec.isPrivileged()) {
            out.report(INFO, spec.privileged().at(), Hints.withFix("runs privileged: all capabilities and host devices",
                    spec, "remove 'privileged: true'", "remove --privileged", "set securityContext.privileged: false"));
        }
    }
}
