package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Without seccomp every system call, including the rarely used ones most kernel exploits need, is open. */
final class SeccompUnconfined implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC019", Domain.CONTAINER, "Seccomp is disabled", Severity.HIGH)
            .cis("5.22").trivy("KSV104").trivy("KSV030").podSecurity("seccompProfile").cwe(693)
            .why("Docker's default seccomp profile blocks about 50 system calls (keyctl, unshare, mount, bpf...) "
                    + "that most container escapes and kernel exploits rely on.")
            .fix("Drop seccomp=unconfined (the default profile then applies) or use a custom profile; in "
                    + "Kubernetes set securityContext.seccompProfile.type: RuntimeDefault.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        spec.securityOpt("seccomp").filter(s -> s.value().equalsIgnoreCase("unconfined")).ifPresent(s ->
                out.report(INFO, s.at(), Hints.withFix("seccomp is unconfined: every system call is allowed", spec,
                        "remove seccomp:unconfined from security_opt", "remove --security-opt seccomp=unconfined",
                        "securityContext.seccompProfile.type: RuntimeDefault")));
    }
}
