package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.container.Setting;

import java.util.Optional;

/** Without no-new-privileges, setuid binaries can raise a process's privileges inside the container. */
final class NoNewPrivilegesMissing implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC018", Domain.CONTAINER, "Privilege escalation not blocked", Severity.MEDIUM)
            .cis("5.26").trivy("KSV001").podSecurity("allowPrivilegeEscalation").cwe(269)
            .why("no-new-privileges stops setuid/setgid binaries and file capabilities from granting more than "
                    + "the process started with, closing a common path from an app user to root.")
            .fix("--security-opt no-new-privileges:true, security_opt: [no-new-privileges:true], "
                    + "securityContext.allowPrivilegeEscalation: false (or daemon.json \"no-new-privileges\": true).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Optional<Setting<Boolean>> nnp = spec.noNewPrivileges();
        if (nnp.isPresent() && nnp.get().value()) {
            return;
        }
        String what = nnp.isPresent() ? "privilege escalation is explicitly allowed" : "no-new-privileges is not set";
        out.report(INFO, nnp.map(Setting::at).orElse(spec.at(Key.NO_NEW_PRIVILEGES)), Hints.withFix(what, spec,
                "security_opt: [\"no-new-privileges:true\"]", "--security-opt no-new-privileges:true",
                "securityContext.allowPrivilegeEscalation: false"));
    }
}
