package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

/**
 * Trivy DS026: no HEALTHCHECK anywhere in the file, reported at the final FROM (Trivy names no line).
 * Our TD215 asks it only of a final stage that EXPOSEs a port, and looks at that stage's own lineage.
 * A reading of ToolReadings: it narrows the aliases of its rule's findings, and reports lines of its own with {@code --enable DS026}.
 */
public final class TrivyNoHealthcheck extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD134", "No HEALTHCHECK in the Dockerfile", Severity.LOW)
            .trivy("DS026")
            .why("Trivy's DS026 check: without a health check the runtime cannot tell a hung container from a working one. "
                    + "It fires for any file without HEALTHCHECK, batch jobs and build-only files too; TD215 only for services.")
            .fix("Add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say it is deliberate.");

    public TrivyNoHealthcheck() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null) {
            return;
        }
        for (Instruction i : ctx.instructions()) {
            if (i.is("healthcheck")) {
                return;
            }
        }
        out.report(INFO, ctx.at(last.from(), last.from().keywordSpan()), "no HEALTHCHECK in the Dockerfile");
    }
}
