package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DL3009: apt-get update leaves package lists in the layer. Like hadolint, only stages that end up
 * in an image count: the final stage and stages later stages are built FROM.
 */
public final class AptListsNotRemoved extends RunRule {
    public static final RuleInfo INFO = rule("TD009", "apt lists not removed after apt-get update", Severity.LOW)
            .hadolint("DL3009")
            .why("/var/lib/apt/lists stays in the layer: tens of megabytes of stale data in every image.")
            .fix("End the RUN with rm -rf /var/lib/apt/lists/*, or use a cache mount for /var/lib/apt/lists.");

    public AptListsNotRemoved() {
        super(INFO, "apt-get");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        Stage stage = ctx.stageOf(run);
        if (stage != null && stage != ctx.finalStage() && !stage.usedAsBase()) {
            return;
        }
        ShellCommand update = null;
        boolean cleaned = false;
        for (ShellCommand c : commands) {
            if (c.isWithArg("apt-get", "update")) {
                update = update == null ? c : update;
            }
            // hadolint counts an rm with either of these arguments as the cleanup
            if (c.isWithArg("rm", "-rf", "/var/lib/apt/lists/*")) {
                cleaned = true;
            }
        }
        if (update == null || cleaned || Mounts.cachesDir(run, "/var/lib/apt/lists")) {
            return;
        }
        Fix fix = null;
        if (!run.json() && run.heredocs().isEmpty()) {
            Span end = run.restSpan();
            fix = Fix.edits("remove the apt lists at the end of the RUN", new Fix.Edit(end.endLine(), end.endColumn(),
                    end.endLine(), end.endColumn(), " \\\n    && rm -rf /var/lib/apt/lists/*"));
        }
        out.report(INFO, ctx.at(run, update), "apt-get update without removing /var/lib/apt/lists/* in the same RUN",
                fix);
    }
}
