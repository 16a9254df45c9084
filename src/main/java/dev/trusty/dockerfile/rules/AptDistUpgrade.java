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

/** Trivy DS024: apt-get dist-upgrade in a build (as Trivy, apt and full-upgrade are not looked at). */
public final class AptDistUpgrade extends RunRule {
    public static final RuleInfo INFO = rule("TD121", "apt-get dist-upgrade used", Severity.MEDIUM)
            .trivy("DS024")
            .why("dist-upgrade can replace core packages and pull in new major versions: the image drifts from its base.")
            .fix("Use a newer base image, or apt-get upgrade for security updates only.");

    public AptDistUpgrade() {
        super(INFO, "apt-get");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.is("apt-get") && c.hasArg("dist-upgrade")) {
                out.report(INFO, ctx.at(run, c), "'" + c.name() + " " + c.subcommand() + "' in a build");
                return;
            }
        }
    }
}
