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

/** DL3035: zypper dist-upgrade in a build changes the distribution under the image. */
public final class ZypperDistUpgrade extends RunRule {
    public static final RuleInfo INFO = rule("TD035", "zypper dist-upgrade used", Severity.MEDIUM)
            .hadolint("DL3035")
            .why("A distribution upgrade in a build makes the result depend on the day of the build.")
            .fix("Use a newer base image instead.");

    public ZypperDistUpgrade() {
        super(INFO, "zypper");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.isWithArg("zypper", "dist-upgrade", "dup")) {
                out.report(INFO, ctx.at(run, c), "zypper dist-upgrade in a build: use a newer base image instead");
                return;
            }
        }
    }
}
