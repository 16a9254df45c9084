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

/** DL3047: wget's progress bar floods build logs. */
public final class WgetProgress extends RunRule {
    public static final RuleInfo INFO = rule("TD047", "wget without --progress", Severity.LOW)
            .hadolint("DL3047")
            .why("wget's default progress output floods the build log with thousands of lines.")
            .fix("Add --progress=dot:giga, or -q / -nv.");

    public WgetProgress() {
        super(INFO, "wget");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.is("wget") && !c.hasAnyFlag("q", "quiet", "progress", "no-verbose", "o", "output-file", "a",
                    "append-output") && !c.hasArg("-nv")) {
                out.report(INFO, ctx.at(run, c), "wget without --progress floods the build log");
                return;
            }
        }
    }
}
