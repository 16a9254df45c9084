package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** With the OOM killer off, a container that runs out of memory hangs instead of dying, possibly taking the host. */
final class OomKillDisabled implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC029", Domain.CONTAINER, "OOM killer disabled", Severity.MEDIUM)
            .cwe(400)
            .why("--oom-kill-disable keeps the kernel from killing the container's processes under memory "
                    + "pressure; without a memory limit the host's own processes are killed instead.")
            .fix("Remove --oom-kill-disable / oom_kill_disable; if kept, always pair it with a memory limit.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        Setting<Boolean> oom = spec.oomKillDisable();
        if (oom != null && oom.value()) {
            String what = spec.hasMemoryLimit() ? "OOM killer is disabled"
                    : "OOM killer is disabled and there is no memory limit: host processes get killed instead";
            out.report(INFO, oom.at(), Hints.withFix(what, spec, "remove oom_kill_disable", "remove --oom-kill-disable", "-"));
        }
    }
}
