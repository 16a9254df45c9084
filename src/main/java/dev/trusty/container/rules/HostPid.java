package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** The container sees every host process and their command lines and environments; with SYS_PTRACE it can take them over. */
final class HostPid implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC008", Domain.CONTAINER, "Container shares the host PID namespace", Severity.HIGH)
            .cis("5.16").trivy("KSV010").podSecurity("hostNamespaces").cwe(668)
            .why("The container sees every host process and their command lines and environments; with SYS_PTRACE it can take them over.")
            .fix("Remove --pid host / pid: host (Kubernetes: set hostPID: false).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (ContainerSpec.isHost(spec.pidMode())) {
            out.report(INFO, spec.pidMode().at(), Hints.withFix("uses the host PID namespace: every host process is visible", spec, "remove 'pid: host'", "remove --pid host",
                    "set hostPID: false"));
        }
    }
}
