package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Shared memory and message queues of host processes become readable and writable from the container. */
final class HostIpc implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC009", Domain.CONTAINER, "Container shares the host IPC namespace", Severity.HIGH)
            .cis("5.17").trivy("KSV008").podSecurity("hostNamespaces").cwe(668)
            .why("Shared memory and message queues of host processes become readable and writable from the container.")
            .fix("Remove --ipc host / ipc: host (Kubernetes: set hostIPC: false).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (ContainerSpec.isHost(spec.ipcMode())) {
            out.report(INFO, spec.ipcMode().at(), Hints.withFix("uses the host IPC namespace: host shared memory is exposed", spec, "remove 'ipc: host'", "remove --ipc host",
                    "set hostIPC: false"));
        }
    }
}
