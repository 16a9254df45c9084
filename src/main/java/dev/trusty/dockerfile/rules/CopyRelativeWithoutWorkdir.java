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

/** DL3045: a relative COPY destination before any WORKDIR depends on the base image's working directory. */
public final class CopyRelativeWithoutWorkdir extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD045", "COPY to a relative path without WORKDIR", Severity.MEDIUM)
            .hadolint("DL3045")
            .why("Without a WORKDIR, a relative destination is resolved against whatever the base image set, which can change.")
            .fix("Set WORKDIR first, or copy to an absolute path.");

    public CopyRelativeWithoutWorkdir() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        // Instructions before the first FROM are checked too (as hadolint does), with no WORKDIR inherited.
        check(ctx, ctx.preamble(), false, out);
        for (Stage stage : ctx.stages()) {
            boolean inherited = false;
            for (Stage ancestor : stage.lineage()) {
                if (ancestor != stage && hasWorkdir(ancestor)) {
                    inherited = true;
                }
            }
            check(ctx, stage.instructions(), inherited, out);
        }
    }

    /** Without building the list {@link Stage#effective} would. */
    private static boolean hasWorkdir(Stage stage) {
        for (Instruction i : stage.instructions()) {
            if (i.is("workdir")) {
                return true;
            }
        }
        return false;
    }

    private void check(LintContext ctx, List<Instruction> scope, boolean workdir, FindingSink out) {
        if (workdir) {
            return; // a WORKDIR is in force for the whole stage
        }
        for (Instruction top : scope) {
            if (top.is("workdir")) {
                return; // and for the rest of the stage: most stages set one before their first COPY
            }
            if (!top.is("copy") || top.args().size() < 2) {
                continue;
            }
            Arg dest = top.args().getLast();
            if (!WorkdirAbsolute.isAbsolute(dest.value())) {
                out.report(INFO, ctx.at(top, dest), "COPY to relative '" + Paths.unquote(dest.value())
                        + "' before any WORKDIR in this stage: set WORKDIR or use an absolute path");
            }
        }
    }
}
