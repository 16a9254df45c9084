package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Without {@code --cap-drop ALL} the container keeps Docker's 14 default capabilities, NET_RAW included. */
final class CapabilitiesNotDropped implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC003", Domain.CONTAINER, "Capabilities not dropped", Severity.LOW)
            .trivy("KSV003").podSecurity("capabilities_restricted").cwe(250)
            .why("Most services need none of Docker's default capabilities; NET_RAW alone allows spoofing "
                    + "neighbours on the same network, and CHOWN/DAC_OVERRIDE/SETUID help an attacker who got in.")
            .fix("Drop everything and add back what is needed: --cap-drop ALL, cap_drop: [ALL], "
                    + "securityContext.capabilities.drop: [ALL].");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        boolean dropsAll = spec.capDrop().stream().anyMatch(c -> c.value().equals("ALL"));
        if (!dropsAll && !spec.isPrivileged()) {
            String kept = spec.capDrop().isEmpty() ? "keeps Docker's default capabilities (NET_RAW, CHOWN, SETUID...)"
                    : "drops only " + String.join(", ", spec.capDrop().stream().map(c -> c.value()).toList())
                    + " and keeps the other default capabilities";
            out.report(INFO, spec.capDrop().isEmpty() ? spec.at(Key.CAP_DROP) : spec.capDrop().get(0).at(),
                    Hints.withFix(kept, spec, "cap_drop: [ALL]", "--cap-drop ALL",
                            "securityContext.capabilities.drop: [ALL]"));
        }
    }
}
