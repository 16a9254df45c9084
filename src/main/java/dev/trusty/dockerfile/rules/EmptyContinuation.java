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

/** BuildKit NoEmptyContinuation: an empty line inside a continued instruction will become an error. */
public final class EmptyContinuation extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD103", "Empty line inside a continuation", Severity.LOW)
            .buildkit("NoEmptyContinuation")
            .why("Empty continuation lines are deprecated and will be an error in a future Dockerfile syntax.")
            .fix("Remove the empty line, or add a comment line.");

    public EmptyContinuation() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Instruction reported = null;
        for (int line : ctx.dockerfile().emptyContinuationLines()) {
            Instruction at = null;
            for (Instruction i : ctx.instructions()) {
                if (i.line() <= line && line <= i.endLine()) {
                    at = i;
                }
            }
            if (at != null && at == reported) {
                continue; // BuildKit warns once per instruction
            }
            reported = at;
            if (at == null) {
                out.report(INFO, dev.trusty.core.Location.File.line(ctx.path(), line), "Empty continuation line");
            } else {
                out.report(INFO, ctx.at(at, at.keywordSpan()), "Empty continuation line " + line + " in this "
                        + at.keyword().toUpperCase(Locale.ROOT) + ": remove it");
            }
        }
    }
}
