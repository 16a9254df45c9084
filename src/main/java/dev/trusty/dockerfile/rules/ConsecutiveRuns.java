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

/**
 * DL3059: consecutive single-command RUNs with the same flags could be one layer. Better than
 * hadolint: RUNs that are already chained, or written as heredocs, are treated as split on purpose.
 */
public final class ConsecutiveRuns extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD059", "Consecutive RUN instructions", Severity.LOW)
            .hadolint("DL3059")
            .why("Each RUN makes a layer; related single commands in a row are cheaper as one.")
            .fix("Join them with && in one RUN.");

    public ConsecutiveRuns() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Instruction previous = null;
        for (Instruction i : ctx.instructions()) {
            if (i.is("run") && previous != null && previous.is("run") && sameFlags(previous, i)
                    && simple(ctx, previous) && simple(ctx, i)) {
                out.report(INFO, ctx.at(i, i.keywordSpan()), "RUN right after the RUN on line " + previous.line()
                        + ": consider joining them");
            }
            previous = i;
        }
    }

    private static boolean sameFlags(Instruction a, Instruction b) {
        if (a.flags().isEmpty() || b.flags().isEmpty()) {
            return a.flags().isEmpty() && b.flags().isEmpty();
        }
        return a.flags().stream().map(Flag::text).sorted().toList()
                .equals(b.flags().stream().map(Flag::text).sorted().toList());
    }

    private static boolean simple(LintContext ctx, Instruction run) {
        if (!run.heredocs().isEmpty()) {
            return false;
        }
        List<ShellScript> scripts = ctx.scripts(run);
        return scripts.isEmpty() || scripts.getFirst().chainLength() <= 1;
    }
}
