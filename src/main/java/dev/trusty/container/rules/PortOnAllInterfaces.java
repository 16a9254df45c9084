package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.container.PublishedPort;

/** A published port without a host IP listens on every interface of the host, the public one included. */
final class PortOnAllInterfaces implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC023", Domain.CONTAINER, "Port published on all host interfaces",
                    Severity.MEDIUM)
            .cis("5.14").trivy("KSV024").podSecurity("hostPorts").cwe(668)
            .why("Docker's port publishing bypasses host firewalls such as ufw; a port bound to 0.0.0.0 is "
                    + "reachable from every network the host is on.")
            .fix("Bind to one interface: -p 127.0.0.1:8080:80, ports: [\"127.0.0.1:8080:80\"] or host_ip; "
                    + "in Kubernetes avoid hostPort (use a Service).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (PublishedPort p : spec.ports()) {
            if (p.allInterfaces()) {
                out.report(INFO, p.at(), Hints.withFix("publishes " + p.describe() + " on all interfaces", spec,
                        "prefix the port with 127.0.0.1: (or set host_ip)", "use -p 127.0.0.1:"
                                + (p.hostPort().isEmpty() ? "" : p.hostPort() + ":") + p.containerPort(),
                        "remove hostPort, or set hostIP"));
            }
        }
    }
}
