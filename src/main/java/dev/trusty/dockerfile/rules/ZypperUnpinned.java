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
import java.util.function.Predicate;

/** DL3037: zypper install without a version constraint. */
public final class ZypperUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD037", "zypper install without pinned versions", Severity.MEDIUM)
            .hadolint("DL3037")
            .why("Unpinned packages make builds unreproducible.")
            .fix("Pin versions: zypper install -y curl=8.0.1.");

    private static final Set<String> WITH_VALUE = Set.of("r", "repo", "t", "type", "from");
    private static final Set<String> SUBCOMMANDS = Set.of("install", "in");

    public ZypperUnpinned() {
        super(INFO, "zypper");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        Installs.report(ctx, run, commands, INFO, "zypper install", c -> c.isWithArg("zypper", "install", "in"),
                WITH_VALUE, SUBCOMMANDS,
                p -> p.contains("=") || p.contains(">") || p.contains("<") || p.endsWith(".rpm"), "=<version>", out);
    }
}
