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

/** DL3018: apk add without package=version. */
public final class ApkUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD018", "apk add without pinned versions", Severity.MEDIUM)
            .hadolint("DL3018")
            .why("Unpinned packages make builds unreproducible.")
            .fix("Pin versions: apk add curl=8.5.0-r0.");

    /** Per-RUN constants: a {@code Set.of} in the call was built again for every RUN that runs apk. */
    private static final Set<String> WITH_VALUE = Set.of("t", "virtual", "repository", "X", "p", "root", "keys-dir",
            "cache-dir", "arch");
    private static final Set<String> SUBCOMMAND = Set.of("add");

    public ApkUnpinned() {
        super(INFO, "apk");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        Installs.report(ctx, run, commands, INFO, "apk add", c -> c.isWithArg("apk", "add"),
                WITH_VALUE, SUBCOMMAND, p -> p.contains("=") || p.endsWith(".apk"), "=<version>", out);
    }
}
