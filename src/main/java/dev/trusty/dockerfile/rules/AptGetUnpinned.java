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
        List<ShellWord> unpinned = new ArrayList<>();
        ShellCommand where = null;
        for (ShellCommand c : commands) {
            if (!c.isWithArg("apt-get", "install")) {
                continue;
            }
            for (ShellWord w : packages(c)) {
                if (!versionOrLocalFile(w.text())) {
                    unpinned.add(w);
                    where = where == null ? c : where;
                }
            }
        }
        if (where != null) {
            Installs.reportUnpinned(ctx, run, INFO, "apt-get install without a version", where, unpinned,
                    "<pkg>=<version>", out);
        }
    }

    /**
     * The package operands as hadolint reads them: every word but flags and "install", after dropping
     * the word that follows a target-release flag ({@code -t}, also inside {@code -yt}, or
     * {@code --target-release} without {@code =}).
     */
    static List<ShellWord> packages(ShellCommand install) {
        List<ShellWord> out = new ArrayList<>();
        List<ShellWord> args = install.args();
        for (int i = 0; i < args.size(); i++) {
            String t = args.get(i).text();
            if (args.get(i).isFlag()) {
                if (takesRelease(t)) {
                    i++;
                }
            } else if (!t.equals("install")) {
                out.add(args.get(i));
            }
        }
        return out;
    }

    private static boolean takesRelease(String flag) {
        if (flag.startsWith("--")) {
            return flag.equals("--target-release");
        }
        int eq = flag.indexOf('=');
        return flag.substring(1, eq < 0 ? flag.length() : eq).indexOf('t') >= 0 && eq < 0;
    }
}
