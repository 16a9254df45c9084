package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

import java.util.Map;
import java.util.Set;

/** Sysctls outside the namespaced safe set change kernel behaviour for more than this container. */
final class UnsafeSysctl implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC034", Domain.CONTAINER, "Unsafe sysctl set", Severity.MEDIUM)
            .trivy("KSV026").podSecurity("sysctls").cwe(668)
            .why("Only a few sysctls are isolated per container; others (kernel.msg*, net.core.*, "
                    + "net.ipv4.ip_forward...) weaken the network stack or affect neighbours.")
            .fix("Keep to the Pod Security safe set (net.ipv4.ip_unprivileged_port_start, "
                    + "net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, "
                    + "kernel.shm_rmid_forced and the tcp_keepalive/fin_timeout/rmem/wmem family).");

    static final Set<String> SAFE = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (Map.Entry<String, Setting<String>> s : spec.sysctls().entrySet()) {
            if (!SAFE.contains(s.getKey())) {
                out.report(INFO, s.getValue().at(), Hints.withFix("sets unsafe sysctl " + s.getKey(), spec,
                        "remove " + s.getKey() + " from sysctls", "remove --sysctl " + s.getKey(),
                        "remove " + s.getKey() + " from securityContext.sysctls"));
            }
        }
    }
}
