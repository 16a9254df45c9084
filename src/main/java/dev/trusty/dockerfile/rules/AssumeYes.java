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

/** DL3030 (yum), DL3034 (zypper), DL3038 (dnf/microdnf): installs must not wait for a prompt. */
public final class AssumeYes extends RunRule {
    public static final RuleInfo YUM = rule("TD030", "yum install without -y", Severity.MEDIUM).hadolint("DL3030")
            .why("Without -y the build stops at the confirmation prompt.").fix("Add -y: yum install -y <pkg>.");
    public static final RuleInfo ZYPPER = rule("TD034", "zypper install without a non-interactive flag", Severity.MEDIUM)
            .hadolint("DL3034")
            .why("Without -n/--non-interactive (or -y) the build stops at the confirmation prompt.")
            .fix("Add -n: zypper -n install <pkg>, or zypper install -y <pkg>.");
    public static final RuleInfo DNF = rule("TD038", "dnf install without -y", Severity.MEDIUM).hadolint("DL3038")
            .why("Without -y the build stops at the confirmation prompt.").fix("Add -y: dnf install -y <pkg>.");

    private final Set<String> tools;
    private final Set<String> subcommands;
    /** An array for ShellCommand.hasAnyFlag: one pass over the arguments, no stream per install. */
    private final String[] yesFlags;

    private AssumeYes(RuleInfo info, Set<String> tools, Set<String> subcommands, Set<String> yesFlags) {
        super(info, tools.toArray(String[]::new));
        this.tools = tools;
        this.subcommands = subcommands;
        this.yesFlags = yesFlags.toArray(String[]::new);
    }

    public static List<AssumeYes> all() {
        return List.of(
                new AssumeYes(YUM, Set.of("yum"), Set.of("install", "groupinstall", "localinstall"), Set.of("y", "assumeyes")),
                new AssumeYes(ZYPPER, Set.of("zypper"), Set.of("install", "in", "remove", "rm", "source-install", "si", "patch"),
                        Set.of("n", "non-interactive", "y", "no-confirm")),
                new AssumeYes(DNF, Set.of("dnf", "microdnf"), Set.of("install", "groupinstall", "localinstall"),
                        Set.of("y", "assumeyes")));
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (!tools.contains(c.name())) {
                continue;
            }
            String sub = firstSubcommand(c);
            if (sub == null) {
                continue;
            }
            if (!c.hasAnyFlag(yesFlags)) {
                out.report(info(), ctx.at(run, c), "'" + c.name() + " " + sub
                        + "' without a non-interactive flag waits for confirmation");
                return;
            }
        }
    }

    /** The first argument that is one of the watched sub-commands, or null. */
    private String firstSubcommand(ShellCommand c) {
        for (ShellWord w : c.args()) {
            if (subcommands.contains(w.text())) {
                return w.text();
            }
        }
        return null;
    }
}
