package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.container.Mount;

import java.util.List;

/** Host system directories inside a container let it read secrets or change the host. */
final class SensitiveHostPath implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC005", Domain.CONTAINER, "Sensitive host path mounted", Severity.HIGH)
            .cis("5.6").trivy("KSV023").trivy("KSV121").podSecurity("hostPathVolumes").cwe(668)
            .why("Mounting /, /etc, /proc, /sys, /boot, /dev, /var/lib/docker, /root or /home exposes host "
                    + "credentials and configuration; writable, it lets the container change the host (cron jobs, "
                    + "SSH keys, other containers' files).")
            .fix("Mount only the application's own directory, read-only where possible, or use a named volume.");

    /** Exact host paths, and the trees under which any path is sensitive. */
    private static final List<String> EXACT = List.of("/", "/etc", "/proc", "/sys", "/boot", "/dev", "/root",
            "/home", "/lib", "/usr", "/bin", "/sbin", "/var/lib/docker", "/var/lib/kubelet", "/var/lib/containerd");
    private static final List<String> TREES = List.of("/etc/", "/proc/", "/sys/", "/boot/", "/root/",
            "/var/lib/docker/", "/var/lib/kubelet/", "/var/lib/containerd/");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (Mount m : spec.mounts()) {
            if (!m.isBind()) {
                continue;
            }
            String source = m.normalisedSource();
            boolean sensitive = EXACT.contains(source) || TREES.stream().anyMatch(source::startsWith);
            if (sensitive) {
                String mode = m.readOnly() ? "read-only" : "writable";
                out.report(INFO, m.at(), Hints.withFix("mounts host path " + source + " (" + mode + ") at "
                        + m.target(), spec, "mount a narrower directory or a named volume",
                        "mount a narrower directory or a named volume", "use a narrower hostPath or another volume type"));
            }
        }
    }
}
