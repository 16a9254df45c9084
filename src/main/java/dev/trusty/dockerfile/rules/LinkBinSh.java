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

/** DL4005: replacing /bin/sh with ln hides the shell change from the Dockerfile. */
public final class LinkBinSh extends RunRule {
    public static final RuleInfo INFO = rule("TD075", "ln replaces /bin/sh", Severity.MEDIUM)
            .hadolint("DL4005")
            .why("Relinking /bin/sh changes every later script's shell invisibly; SHELL says it openly.")
            .fix("Use SHELL [\"/bin/bash\", \"-c\"].");

    public LinkBinSh() {
        super(INFO, "ln");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.isWithArg("ln", "/bin/sh")) {
                out.report(INFO, ctx.at(run, c), "ln to /bin/sh: use the SHELL instruction to change the shell");
                return;
            }
        }
    }
}
