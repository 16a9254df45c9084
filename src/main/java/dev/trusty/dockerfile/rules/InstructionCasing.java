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
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** BuildKit ConsistentInstructionCasing: keywords in the file's majority casing. */
public final class InstructionCasing extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD104", "Instruction casing inconsistent", Severity.INFO)
            .buildkit("ConsistentInstructionCasing")
            .why("Mixed keyword casing makes a Dockerfile harder to read and grep.")
            .fix("Write every instruction keyword in the same casing (upper case is usual).");

    public InstructionCasing() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        // As BuildKit: the stages' instructions only (global ARGs before the first FROM are not counted),
        // and an ONBUILD's trigger is text to BuildKit, so only the ONBUILD keyword counts.
        List<Stage> stages = ctx.stages();
        if (stages.isEmpty() || inOneCasing(stages, Chars.inCase(stages.getFirst().from().keyword(), true))) {
            return; // one casing throughout: most files, told by one test per keyword
        }
        int upper = 0;
        int lower = 0;
        int all = 0;
        for (Stage s : ctx.stages()) {
            upper += Chars.inCase(s.from().keyword(), true) ? 1 : 0;
            lower += Chars.inCase(s.from().keyword(), false) ? 1 : 0;
            all += 1 + s.instructions().size();
            for (Instruction i : s.instructions()) {
                if (Chars.inCase(i.keyword(), true)) {
                    upper++;
                } else if (Chars.inCase(i.keyword(), false)) {
                    lower++;
                }
            }
        }
        if (upper == all || lower == all) {
            return; // one casing throughout: most files
        }
        boolean wantUpper = upper >= lower;
        for (Stage s : ctx.stages()) {
            report(ctx, s.from(), wantUpper, out);
            for (Instruction i : s.instructions()) {
                report(ctx, i, wantUpper, out);
            }
        }
    }

    /**
     * True when every keyword is in the casing of the first FROM: then the counts below leave nothing to report.
     * A keyword without letters counts as upper case there, so it breaks a lower-case run here as well.
     */
    private static boolean inOneCasing(List<Stage> stages, boolean upper) {
        for (int s = 0; s < stages.size(); s++) {
            Stage stage = stages.get(s);
            if (!inCasing(stage.from().keyword(), upper)) {
                return false;
            }
            List<Instruction> instructions = stage.instructions();
            for (int k = 0; k < instructions.size(); k++) {
                if (!inCasing(instructions.get(k).keyword(), upper)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inCasing(String keyword, boolean upper) {
        return upper ? Chars.inCase(keyword, true) : Chars.inCase(keyword, false) && !Chars.inCase(keyword, true);
    }

    private static void report(LintContext ctx, Instruction i, boolean wantUpper, FindingSink out) {
        if (!Chars.inCase(i.keyword(), wantUpper)) {
            out.report(INFO, ctx.at(i, i.keywordSpan()), "Command '" + i.keyword() + "' should match the case of the command majority ("
                    + (wantUpper ? "uppercase" : "lowercase") + ")");
        }
    }
}
