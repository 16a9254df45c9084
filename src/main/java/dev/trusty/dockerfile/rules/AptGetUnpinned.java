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

    /** One finding per RUN, at the first unpinned package, naming them all (hadolint reports once per RUN). */
    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        List<ShellWord> unpinned = null; // made at the first unpinned package only
        ShellCommand where = null;
        for (ShellCommand c : commands) {
            if (!c.isWithArg("apt-get", "install")) {
                continue;
            }
            // The package operands as hadolint reads them, in place: every word but flags and "install",
            // after dropping the word that follows a target-release flag (-t, also inside -yt, or
            // --target-release without '=').
            List<ShellWord> args = c.args();
            for (int i = 0; i < args.size(); i++) {
                ShellWord w = args.get(i);
                String t = w.text();
                if (w.isFlag()) {
                    if (takesRelease(t)) {
                        i++;
                    }
                } else if (!t.equals("install") && !versionOrLocalFile(t)) {
                    if (unpinned == null) {
                        unpinned = new ArrayList<>();
                        where = c;
                    }
                    unpinned.add(w);
                }
            }
        }
        if (where != null) {
            Installs.reportUnpinned(ctx, run, INFO, "apt-get install without a version", where, unpinned,
                    "=<version>", out);
        }
    }

    private static boolean takesRelease(String flag) {
        if (flag.startsWith("--")) {
            return flag.equals("--target-release");
        }
        // a short-flag cluster without '=' that contains t (-t, -yt): no substring, as every apt-get flag is asked
        return flag.indexOf('=') < 0 && flag.indexOf('t', 1) >= 0;
    }
}
