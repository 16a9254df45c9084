package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;
import java.util.Set;

/**
 * {@code npm i} and {@code npm add} without versions. hadolint's DL3016 (our TD016) only reads the
 * spelled-out {@code npm install}, so the short forms get their own rule instead of widening DL3016.
 */
public final class NpmShorthandUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD225", "npm i / npm add without pinned versions", Severity.MEDIUM)
            .why("'npm i' and 'npm add' are 'npm install' under another name: unpinned packages make builds"
                    + " unreproducible and can pull in a compromised release.")
            .fix("Pin versions (npm i express@4.19.2), or use npm ci with a lockfile.");

    private static final Set<String> SHORTHANDS = Set.of("i", "add");

    public NpmShorthandUnpinned() {
        super(INFO, "npm");
    }

    private static boolean isShorthand(ShellCommand c) {
        return c.is("npm") && SHORTHANDS.contains(c.subcommand());
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        // a loop, not a stream: every RUN that runs npm comes here, and most use 'npm install' or 'npm ci'
        String used = null;
        for (int k = 0; k < commands.size() && used == null; k++) {
            if (isShorthand(commands.get(k))) {
                used = commands.get(k).subcommand();
            }
        }
        if (used == null) {
            return;
        }
        Installs.report(ctx, run, commands, INFO, "npm " + used, NpmShorthandUnpinned::isShorthand,
                NpmUnpinned.FLAGS_WITH_VALUE, SHORTHANDS, NpmUnpinned::pinned, "@<version>", out);
    }
}
