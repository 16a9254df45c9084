package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.Locale;

/** Instructions of which only the last one per stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK). */
final class Repeats {
    private Repeats() {
    }

    /** Reports every repeat after the first in each stage, naming the line of the first. */
    static void report(LintContext ctx, String command, RuleInfo rule, FindingSink out) {
        if (ctx.effective(command).size() < 2) {
            return; // no stage can repeat it (the file-wide count includes ONBUILD triggers): most files
        }
        String upper = command.toUpperCase(Locale.ROOT);
        for (Stage stage : ctx.stages()) {
            Instruction first = null;
            for (Instruction i : stage.instructions()) {
                if (!i.is(command)) {
                    continue;
                }
                if (first == null) {
                    first = i;
                } else {
                    out.report(rule, ctx.at(i, i.keywordSpan()), "another " + upper + " in this stage (first on line "
                            + first.line() + "): only the last one takes effect");
                }
            }
        }
    }
}
