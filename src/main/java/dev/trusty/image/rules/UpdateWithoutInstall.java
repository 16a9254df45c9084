package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

import java.util.List;
import java.util.Set;

/**
 * A RUN refreshes the package index without installing in the same RUN (apt, apk, dnf/yum,
 * zypper; Dockle only knew apt). The cached layer keeps a stale index that later installs reuse.
 */
public final class UpdateWithoutInstall implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI004", Domain.IMAGE, "Package index updated without installing in the same RUN",
                    Severity.MEDIUM)
            .dockle("CIS-DI-0007").cis("4.7")
            .why("The layer with the refreshed index is cached; a later RUN that installs reuses that old index and gets outdated packages.")
            .fix("Update and install in one RUN: RUN apt-get update && apt-get install -y --no-install-recommends pkg");

    private static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");
    private static final Set<String> RPM = Set.of("yum", "dnf", "microdnf");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (History.Step step : History.runs(image)) {
            boolean update = false;
            boolean install = false;
            for (List<String> c : step.commands()) {
                update |= History.runs(c, APT, Set.of("update")) || History.runs(c, Set.of("apk"), Set.of("update"))
                        || History.runs(c, RPM, Set.of("makecache")) || History.runs(c, Set.of("zypper"), Set.of("refresh", "ref"));
                install |= History.runs(c, APT, Set.of("install", "upgrade", "dist-upgrade", "full-upgrade"))
                        || History.runs(c, Set.of("apk"), Set.of("add", "upgrade"))
                        || History.runs(c, RPM, Set.of("install", "upgrade", "update"))
                        || History.runs(c, Set.of("zypper"), Set.of("install", "in", "update", "up"));
            }
            if (update && !install) {
                out.report(INFO, History.at(image, step.entry()),
                        "the package index is refreshed without installing anything in the same RUN: "
                                + History.shorten(step.instruction().text()));
            }
        }
    }
}
