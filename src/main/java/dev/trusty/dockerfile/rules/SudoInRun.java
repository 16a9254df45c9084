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

/** DL3004: sudo in RUN. */
public final class SudoInRun extends RunRule {
    public static final RuleInfo INFO = rule("TD005", "sudo used in RUN", Severity.HIGH)
            .hadolint("DL3004").trivy("DS010").cwe(250)
            .why("Builds run as root already when they need to; sudo adds a setuid binary and unpredictable TTY and signal behaviour. "
                    + "Finds sudo anywhere in the script, like hadolint; Trivy's DS010 ('&&' pieces only) is read beside it (below).")
            .fix("Switch with USER root for the step that needs it, and back afterwards.");

    public SudoInRun() {
        super(INFO, "sudo");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.is("sudo")) {
                out.report(INFO, ctx.at(run, c.script(), c.nameWord()), "sudo in RUN: use USER to change users");
                return;
            }
        }
    }
}
