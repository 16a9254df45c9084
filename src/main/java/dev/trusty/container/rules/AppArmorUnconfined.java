package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** An unconfined AppArmor profile removes the mandatory access control Docker applies by default. */
final class AppArmorUnconfined implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC020", Domain.CONTAINER, "AppArmor is disabled", Severity.HIGH)
            .cis("5.2").trivy("KSV002").podSecurity("appArmorProfile").cwe(693)
            .why("docker-default (and runtime/default in Kubernetes) denies writes to /proc and /sys, mounts and "
                    + "raw access to kernel interfaces; unconfined removes that second line of defence.")
            .fix("Drop apparmor=unconfined, or name a profile: --security-opt apparmor=docker-default, "
                    + "securityContext.appArmorProfile.type: RuntimeDefault.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        spec.securityOpt("apparmor").filter(s -> s.value().equalsIgnoreCase("unconfined")).ifPresent(s ->
                out.report(INFO, s.at(), Hints.withFix("AppArmor is unconfined", spec,
                        "remove apparmor:unconfined from security_opt", "remove --security-opt apparmor=unconfined",
                        "securityContext.appArmorProfile.type: RuntimeDefault")));
    }
}
