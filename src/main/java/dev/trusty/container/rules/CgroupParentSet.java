package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** A custom cgroup parent moves the container out of the limits and accounting Docker sets up. */
final class CgroupParentSet implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC033", Domain.CONTAINER, "Custom cgroup parent", Severity.LOW)
            .cis("5.25")
            .why("Under another cgroup parent the container shares that cgroup's limits (or none) instead of "
                    + "Docker's; confirm that is intended.")
            .fix("Remove --cgroup-parent / cgroup_parent unless the host's resource plan needs it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Setting<String> parent = spec.cgroupParent();
        if (parent != null && !parent.value().isBlank()) {
            out.report(INFO, parent.at(), Hints.withFix("runs under cgroup parent " + parent.value(), spec,
                    "remove cgroup_parent", "remove --cgroup-parent", "-"));
        }
    }
}
