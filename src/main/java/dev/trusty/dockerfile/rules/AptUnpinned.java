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

/** apt install without versions: hadolint only checks apt-get; the same pinning matters for apt. */
public final class AptUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD203", "apt install without pinned versions", Severity.MEDIUM)
            .why("Unpinned packages make builds unreproducible.")
            .fix("Use apt-get (scripts) and pin versions: apt-get install curl=<version>.");

    private static final Set<String> WITH_VALUE = Set.of("t", "target-release", "o", "option");
    private static final Set<String> SUBCOMMAND = Set.of("install");

    public AptUnpinned() {
        super(INFO, "apt");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        Installs.report(ctx, run, commands, INFO, "apt install", c -> c.isWithArg("apt", "install"),
                WITH_VALUE, SUBCOMMAND, AptGetUnpinned::pinned,
                "=<version>", out);
    }
}
