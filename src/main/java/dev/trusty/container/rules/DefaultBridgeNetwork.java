package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** Containers on docker0 can all talk to each other unless the daemon says otherwise. */
final class DefaultBridgeNetwork implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC024", Domain.CONTAINER, "Default bridge network used", Severity.LOW)
            .cis("5.30")
            .why("Every container on the default bridge (docker0) can reach every other one, with no DNS-based "
                    + "isolation; user-defined networks separate applications.")
            .fix("Create a network per application and attach to it: docker network create app; --network app "
                    + "(compose does this by itself unless network_mode: bridge).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Setting<String> mode = spec.networkMode();
        if (mode == null || mode.value().equals("bridge") || mode.value().equals("default")) {
            out.report(INFO, mode != null ? mode.at() : spec.at(Key.NETWORK), Hints.withFix(
                    "attached to the default bridge network docker0", spec, "remove 'network_mode: bridge'",
                    "--network <your-network>", "-"));
        }
    }
}
