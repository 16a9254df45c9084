package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

import java.util.List;

/** CIS asks to set nofile and nproc per container rather than inherit the daemon's defaults. */
final class UlimitsUnset implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC015", Domain.CONTAINER, "nofile/nproc ulimits not set", Severity.INFO)
            .cis("5.19")
            .why("The daemon's default ulimits are generous; explicit nofile and nproc limits bound what one "
                    + "container can take from the host. Informational: raise its severity in .trusty.yaml where "
                    + "your policy requires them.")
            .fix("Set them: --ulimit nofile=1024:1024 --ulimit nproc=512, or compose ulimits: {nofile: ..., nproc: ...}.");

    private static final List<String> WANTED = List.of("nofile", "nproc");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        if (!spec.settable(Key.ULIMITS)) {
            return;
        }
        List<String> missing = WANTED.stream().filter(n -> !spec.ulimits().containsKey(n)).toList();
        if (!missing.isEmpty()) {
            out.report(INFO, spec.at(Key.ULIMITS), Hints.withFix("no " + String.join("/", missing) + " ulimit",
                    spec, "ulimits: {nofile: 1024, nproc: 512}", "--ulimit nofile=1024:1024 --ulimit nproc=512",
                    "-"));
        }
    }
}
