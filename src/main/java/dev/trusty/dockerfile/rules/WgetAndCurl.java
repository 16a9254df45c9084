package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DL4001: one stage using both wget and curl carries two download tools. */
public final class WgetAndCurl extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD071", "Both wget and curl used", Severity.MEDIUM)
            .hadolint("DL4001").trivy("DS014")
            .why("Two tools for the same job make the image bigger for nothing. "
                    + "Sees every command, like hadolint; Trivy's DS014 ('&&' pieces only) is read beside it (below).")
            .fix("Use one of them throughout.");

    private final int[] wgetId = Vocabulary.watch("wget");
    private final int[] curlId = Vocabulary.watch("curl");

    public WgetAndCurl() {
        super(INFO);
    }

    /**
     * Like hadolint, a RUN is reported once both tools have been seen in the stage, counting that RUN:
     * the RUN that brings in the second tool, and later RUNs using either.
     */
    @Override
    public void check(LintContext ctx, FindingSink out) {
        // The file's index of which RUN runs what: most files do not run both tools anywhere
        if (ctx.runMask(wgetId) == 0 || ctx.runMask(curlId) == 0) {
            return;
        }
        for (Stage stage : ctx.stages()) {
            boolean wget = false;
            boolean curl = false;
            for (Instruction run : stage.withTriggers("run")) {
                boolean w = false;
                boolean c = false;
                for (ShellCommand cmd : ctx.commands(run)) {
                    w |= cmd.is("wget");
                    c |= cmd.is("curl");
                }
                wget |= w;
                curl |= c;
                if ((w || c) && wget && curl) {
                    out.report(INFO, ctx.at(run, run.keywordSpan()), "this stage uses both wget and curl: pick one ("
                            + (w && c ? "both" : w ? "wget" : "curl") + " here)");
                }
            }
        }
    }
}
