package dev.trusty.container.rules;

import dev.trusty.container.Capabilities;
import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Capabilities beyond what the Pod Security baseline allows, each with what it hands an attacker. */
final class DangerousCapability implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC002", Domain.CONTAINER, "Dangerous capability added", Severity.HIGH)
            .cis("5.4").trivy("KSV005").trivy("KSV022").trivy("KSV119").trivy("KSV120")
            .podSecurity("capabilities_baseline").cwe(250)
            .why("Capabilities such as SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN or DAC_READ_SEARCH give a "
                    + "compromised process the kernel powers that container escapes are built on.")
            .fix("Remove the capability from --cap-add / cap_add / securityContext.capabilities.add, or replace it "
                    + "with a narrower one the workload actually needs.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (Setting<String> cap : spec.capAdd()) {
            if (Capabilities.BASELINE_ALLOWED.contains(cap.value())) {
                continue;
            }
            String risk = Capabilities.risk(cap.value());
            String message = "adds " + cap.value() + ": " + (risk != null ? risk : "a capability outside Docker's default set");
            out.report(INFO, cap.at(), Hints.withFix(message, spec, "remove " + cap.value() + " from cap_add",
                    "remove --cap-add " + cap.value(), "remove " + cap.value() + " from securityContext.capabilities.add"));
        }
    }
}
