package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

/** A writable root filesystem lets an intruder drop tools and persist changes. */
final class WritableRootFilesystem implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC017", Domain.CONTAINER, "Root filesystem is writable", Severity.LOW)
            .cis("5.13").trivy("KSV014").cwe(732)
            .why("With a read-only root, an attacker cannot install tools, change binaries or plant files; the "
                    + "application writes only where a tmpfs or volume says it may.")
            .fix("--read-only (plus --tmpfs /tmp), read_only: true, securityContext.readOnlyRootFilesystem: true.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (spec.readOnlyRootfs() == null || !spec.readOnlyRootfs().value()) {
            out.report(INFO, spec.readOnlyRootfs() != null ? spec.readOnlyRootfs().at() : spec.at(Key.READ_ONLY),
                    Hints.withFix("root filesystem is writable", spec, "read_only: true (and tmpfs: [/tmp])",
                            "--read-only --tmpfs /tmp", "securityContext.readOnlyRootFilesystem: true"));
        }
    }
}
