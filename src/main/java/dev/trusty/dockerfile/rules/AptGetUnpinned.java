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

/** DL3008: apt-get install without package=version. */
public final class AptGetUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD008", "apt-get install without pinned versions", Severity.MEDIUM)
            .hadolint("DL3008")
            .why("Unpinned packages make builds unreproducible: a rebuild may pull a different, untested version.")
            .fix("Pin versions: apt-get install curl=7.88.1-10+deb12u5.");

    public AptGetUnpinned() {
        super(INFO, "apt-get");
    }

    /** A version, a release ({@code pkg/bookworm}) or a local .deb: TD203's looser test for apt. */
    static boolean pinned(String pkg) {
        return pkg.contains("=") || pkg.contains("/") || pkg.endsWith(".deb");
    }

    /**
     * hadolint's test: a version ({@code pkg=1.2}), or a local file (an absolute path, or a .deb).
     * {@code pkg/bookworm-backports} only picks a release: the version still floats, so it is unpinned.
     */
    static boolean versionOrLocalFile(String pkg) {
        return pkg.contains("=") || pkg.startsWith("/") || pkg.endsWith(".deb");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        Installs.report(ctx, run, commands, INFO, "apt-get install", c -> c.isWithArg("apt-get", "install"),
                Set.of("t", "target-release"), Set.of("install"), AptGetUnpinned::versionOrLocalFile,
                "<pkg>=<version>", out);
    }
}
