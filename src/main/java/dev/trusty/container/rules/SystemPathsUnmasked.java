package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Unmasking /proc and /sys exposes kernel interfaces Docker normally hides. */
final class SystemPathsUnmasked implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC035", Domain.CONTAINER, "/proc and /sys paths unmasked", Severity.HIGH)
            .trivy("KSV027").podSecurity("procMount").cwe(668)
            .why("Docker masks /proc/kcore, /proc/keys, /proc/sysrq-trigger and similar paths and makes /proc/sys "
                    + "read-only; systempaths=unconfined (procMount: Unmasked) removes that protection.")
            .fix("Remove --security-opt systempaths=unconfined / securityContext.procMount: Unmasked.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        spec.securityOpt("systempaths").filter(s -> s.value().equalsIgnoreCase("unconfined")).ifPresent(s ->
                out.report(INFO, s.at(), Hints.withFix("/proc and /sys are unmasked", spec,
                        "remove systempaths=unconfined", "remove --security-opt systempaths=unconfined",
                        "remove procMount: Unmasked")));
    }
}
