package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The final image runs as root: no USER in the final stage (nor in a stage it is built on), USER root,
 * or a USER set only in a build stage. Goes further than DL3002, which only looks at an explicit USER.
 */
public final class RunsAsRoot extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD200", "Image runs as root", Severity.HIGH)
            .trivy("DS002").cis("4.1").cwe(250).podSecurity("runAsNonRoot")
            .why("A process running as root in the container is one kernel bug or misconfiguration away from root on the host. "
                    + "Judges the final stage itself; Trivy's DS002, which reads the file's last USER in any stage, is read beside it (below).")
            .fix("Create an unprivileged user and end the final stage with USER <uid>:<gid>, e.g. USER 10001:10001.");

    public RunsAsRoot() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null || last.imageRef().isScratch() && last.parent() == null && last.effective("user").isEmpty()
                && last.effective("run").isEmpty() && last.effective("cmd").isEmpty() && last.effective("entrypoint").isEmpty()) {
            return;
        }
        Instruction lastUser = null; // the last USER of the nearest stage in the lineage that has one
        for (Stage s : last.lineage()) {
            List<Instruction> users = s.effective("user");
            if (!users.isEmpty()) {
                lastUser = users.getLast();
                break;
            }
        }
        if (lastUser == null) {
            boolean buildStageUser = false;
            for (Stage s : ctx.stages()) {
                buildStageUser |= s != last && !s.effective("user").isEmpty();
            }
            out.report(INFO, ctx.at(last.from(), last.from().keywordSpan()), buildStageUser
                    ? "USER is only set in a build stage: the final stage (" + last.image() + ") runs as root"
                    : "no USER in the final stage: the image runs as root");
            return;
        }
        Arg a = lastUser.args().isEmpty() ? null : lastUser.args().getFirst();
        if (a != null && LastUserRoot.isRoot(a.value()) && ctx.stageOf(lastUser) == last) {
            out.report(INFO, ctx.at(lastUser, a), "the final USER is '" + a.value() + "': the image runs as root");
        }
    }
}
