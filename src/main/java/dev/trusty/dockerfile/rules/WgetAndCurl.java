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
            .why("Two tools for the same job make the image bigger for nothing.")
            .fix("Use one of them throughout.");

    public WgetAndCurl() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage stage : ctx.stages()) {
            Set<Instruction> wget = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            Set<Instruction> curl = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Instruction top : stage.instructions()) {
                Instruction run = top.effective();
                if (!run.is("run")) {
                    continue;
                }
                for (ShellCommand c : ctx.commands(run)) {
                    if (c.is("wget")) {
                        wget.add(run);
                    }
                    if (c.is("curl")) {
                        curl.add(run);
                    }
                }
            }
            if (wget.isEmpty() || curl.isEmpty()) {
                continue;
            }
            for (Instruction run : stage.instructions()) {
                Instruction e = run.effective();
                boolean w = wget.contains(e);
                boolean c = curl.contains(e);
                if (w || c) {
                    out.report(INFO, ctx.at(e, e.keywordSpan()), "this stage uses both wget and curl: pick one ("
                            + (w ? "wget" : "curl") + " here)");
                }
            }
        }
    }
}
