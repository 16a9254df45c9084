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

/** DL3003: cd in RUN: WORKDIR says where later instructions run. */
public final class CdInRun extends RunRule {
    public static final RuleInfo INFO = rule("TD004", "cd used in RUN", Severity.MEDIUM)
            .hadolint("DL3003").trivy("DS013")
            .why("cd only lasts for one RUN; WORKDIR is explicit and applies to later instructions too. "
                    + "Finds cd anywhere in the script, like hadolint; Trivy's DS013 ('&&' pieces only) is read beside it (below).")
            .fix("Use WORKDIR /path.");

    public CdInRun() {
        super(INFO, "cd");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.is("cd")) {
                String dir = c.args().isEmpty() ? "~" : c.args().getFirst().text();
                out.report(INFO, ctx.at(run, c), "'cd " + dir + "': use WORKDIR " + dir + " instead");
                return;
            }
        }
    }
}
