package dev.trusty.image.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.image.ImageModel;

import java.util.List;

/** A RUN used sudo: build steps already run as the USER chosen, and sudo in an image is a privilege path. */
public final class SudoInHistory implements Rule<ImageModel> {
    static final RuleInfo INFO = RuleInfo.of("TI005", Domain.IMAGE, "sudo used in a build step", Severity.MEDIUM)
            .dockle("DKL-DI-0001").cwe(250)
            .why("sudo in a build means the image ships sudo and a sudoers policy: a way back to root for anything running in the container.")
            .fix("Run privileged steps before USER switches away from root, and do not install sudo; use gosu/su-exec in entrypoints if needed.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ImageModel image, FindingSink out) {
        for (History.Step step : History.runs(image)) {
            for (List<String> command : step.commands()) {
                if (!command.isEmpty() && command.contains("sudo")
                        && command.indexOf("sudo") <= dev.trusty.image.HistoryInstruction.programIndex(command)) {
                    out.report(INFO, History.at(image, step.entry()), "sudo in: " + History.shorten(step.instruction().text()));
                    break;
                }
            }
        }
    }
}
