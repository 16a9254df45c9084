package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.GoText;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.HashSet;
import java.util.Set;

/**
 * BuildKit WorkdirRelativePath: a relative WORKDIR before any WORKDIR in the stage (or the stage it is built
 * FROM) resolves against the base image's directory. Unlike DL3000 (TD001), a relative WORKDIR after another
 * WORKDIR is fine, so the two tools disagree and this is a rule of its own.
 */
public final class WorkdirRelativePath extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD106", "Relative WORKDIR before any WORKDIR in the stage", Severity.MEDIUM)
            .buildkit("WorkdirRelativePath")
            .why("The first WORKDIR of a stage resolves against the base image's working directory, which changes "
                    + "when the base image does.")
            .fix("Make the stage's first WORKDIR absolute, e.g. WORKDIR /app.");

    public WorkdirRelativePath() {
        super(INFO, "workdir");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Set<Stage> setsWorkdir = new HashSet<>();
        for (Stage stage : ctx.stages()) {
            // BuildKit's stage state starts as the parent stage's: a WORKDIR there counts here
            boolean set = stage.parent() != null && setsWorkdir.contains(stage.parent());
            for (Instruction w : stage.instructions()) {
                if (!w.is("workdir") || w.args().isEmpty()) {
                    continue; // ONBUILD WORKDIR runs in another build
                }
                String path = w.args().getFirst().value();
                // a path starting with a variable may expand to an absolute one: BuildKit checks the expanded path
                if (!set && !WorkdirAbsolute.isAbsolute(path)) {
                    out.report(INFO, ctx.at(w, w.keywordSpan()), "Relative workdir " + GoText.quote(path)
                            + " can have unexpected results if the base image changes");
                }
                set = true;
            }
            if (set) {
                setsWorkdir.add(stage);
            }
        }
    }
}
