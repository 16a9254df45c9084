package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.container.Mount;

/** Shared propagation lets mounts made in the container appear on the host. */
final class SharedPropagation implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC006", Domain.CONTAINER, "Mount propagation is shared", Severity.MEDIUM)
            .cis("5.20")
            .why("With shared (or Kubernetes Bidirectional) propagation, mounts made inside the container "
                    + "propagate to the host and to other containers sharing the mount.")
            .fix("Use the default private propagation: drop ':shared'/':rshared' (bind.propagation, "
                    + "bind-propagation=...); in Kubernetes remove mountPropagation: Bidirectional (None is the default).");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (Mount m : spec.mounts()) {
            if (m.sharedPropagation()) {
                out.report(INFO, m.at(), Hints.withFix("mount " + m.target() + " has " + m.propagation()
                        + " propagation", spec, "remove bind.propagation or ':" + m.propagation() + "'",
                        "remove ':" + m.propagation() + "' / bind-propagation", "remove mountPropagation: Bidirectional"));
            }
        }
    }
}
