package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;
import java.util.Locale;

/**
 * BuildKit MultipleInstructionsDisallowed: more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage. BuildKit
 * reports every one but the last (the ones without effect); hadolint's DL4003, DL4004 and DL3012 (TD073,
 * TD074, TD012) report every one but the first, so the BuildKit check is a rule of its own.
 */
public final class MultipleInstructionsDisallowed extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD108", "CMD, ENTRYPOINT or HEALTHCHECK overridden in the same stage",
                    Severity.MEDIUM)
            .buildkit("MultipleInstructionsDisallowed")
            .why("Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the earlier ones are dead "
                    + "code that misleads readers.")
            .fix("Remove the earlier instruction, keeping one per stage.");

    private static final List<String> COMMANDS = List.of("cmd", "entrypoint", "healthcheck");

    public MultipleInstructionsDisallowed() {
        super(INFO, "cmd", "entrypoint", "healthcheck");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        int repeated = 0; // bit k: COMMANDS[k] occurs twice in the file, so maybe in a stage
        for (int k = 0; k < COMMANDS.size(); k++) {
            if (ctx.effective(COMMANDS.get(k)).size() >= 2) { // the count includes ONBUILD triggers
                repeated |= 1 << k;
            }
        }
        if (repeated == 0) {
            return; // most files
        }
        for (Stage stage : ctx.stages()) {
            for (int k = 0; k < COMMANDS.size(); k++) {
                if ((repeated >>> k & 1) == 0) {
                    continue;
                }
                String command = COMMANDS.get(k);
                Instruction previous = null;
                for (Instruction i : stage.instructions()) { // ONBUILD triggers belong to another build
                    if (i.is(command)) {
                        if (previous != null) {
                            report(ctx, previous, command, out);
                        }
                        previous = i;
                    }
                }
            }
        }
    }

    private static void report(LintContext ctx, Instruction overridden, String command, FindingSink out) {
        out.report(INFO, ctx.at(overridden, overridden.keywordSpan()), "Multiple " + command.toUpperCase(Locale.ROOT)
                + " instructions should not be used in the same stage because only the last one will be used");
    }
}
