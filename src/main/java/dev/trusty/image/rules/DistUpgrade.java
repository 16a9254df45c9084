package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

import java.util.List;
import java.util.Set;

/** apt dist-upgrade in a build: it may swap whole releases of packages behind the base image's back. */
public final class DistUpgrade implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI006", Domain.IMAGE, "apt dist-upgrade in a build step", Severity.LOW)
            .dockle("DKL-DI-0003")
            .why("dist-upgrade can add and remove packages to resolve dependencies, so the image no longer matches the base it claims.")
            .fix("Rebuild on an updated base image instead, or upgrade only the packages you need.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (History.Step step : History.runs(image)) {
            for (List<String> c : step.commands()) {
                if (History.runs(c, Set.of("apt-get", "apt"), Set.of("dist-upgrade", "full-upgrade"))) {
                    out.report(INFO, History.at(image, step.entry()), History.shorten(step.instruction().text()));
                    break;
                }
            }
        }
    }
}
