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

/** DL3028: gem install without a version (name:version, -v or --version). */
public final class GemUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD028", "gem install without pinned versions", Severity.MEDIUM)
            .hadolint("DL3028")
            .why("Unpinned gems make builds unreproducible.")
            .fix("Pin versions: gem install rails:7.1.3 or gem install rails -v 7.1.3.");

    private static final Set<String> WITH_VALUE = Set.of("i", "install-dir", "n", "bindir", "source", "s", "platform",
            "P", "trust-policy", "g", "file");
    private static final Set<String> SUBCOMMANDS = Set.of("install", "i");

    public GemUnpinned() {
        super(INFO, "gem");
    }

    /**
     * name:version, a local .gem or a variable; words after {@code --} that start with '-' are the
     * gem's build options ({@code -- --use-system-libraries}), not gems, as hadolint reads them.
     */
    static boolean pinnedOrBuildOption(String word) {
        return word.contains(":") || word.endsWith(".gem") || word.startsWith("$") || word.startsWith("-");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        Installs.report(ctx, run, commands, INFO, "gem install",
                c -> c.is("gem") && SUBCOMMANDS.contains(c.subcommand()) && !c.hasAnyFlag("v", "version"),
                WITH_VALUE, SUBCOMMANDS, GemUnpinned::pinnedOrBuildOption,
                ":<version>", out);
    }
}
