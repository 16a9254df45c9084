package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** The container sees every host interface, can bind any host port, reach services listening on localhost and sniff host traffic with NET_RAW. */
final class HostNetwork implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC007", Domain.CONTAINER, "Container shares the host network namespace", Severity.HIGH)
            .cis("5.10").trivy("KSV009").podSecurity("hostNamespaces").cwe(668)
            .why("The container sees every host interface, can bind any host port, reach services listening on localhost and sniff host traffic with NET_RAW.")
            .fix("Remove --network host / network_mode: host (Kubernetes: set hostNetwork: false).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (ContainerSpec.isHost(spec.networkMode())) {
            out.report(INFO, spec.networkMode().at(), Hints.withFix("uses the host network: host interfaces and localhost services are reachable", spec, "remove 'network_mode: host'", "remove --network host",
                    "set hostNetwork: false"));
        }
    }
}
