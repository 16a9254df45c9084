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

/** Host ports below 1024 are meant for system services. */
final class PrivilegedPort implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC022", Domain.CONTAINER, "Privileged host port published", Severity.LOW)
            .cis("5.8")
            .why("Ports below 1024 are trusted by some clients as system services; a container holding one can "
                    + "impersonate SSH, DNS or HTTP on the host's address.")
            .fix("Publish on a port above 1023 (-p 8080:80) and put a proxy or load balancer in front.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (PublishedPort p : spec.ports()) {
            int port = p.lowestHostPort();
            if (port > 0 && port < 1024) {
                out.report(INFO, p.at(), Hints.withFix("publishes privileged host port " + port + " (" + p.describe()
                        + ")", spec, "map to a host port above 1023", "use -p 8080:" + p.containerPort(),
                        "use a Service instead of hostPort " + port));
            }
        }
    }
}
