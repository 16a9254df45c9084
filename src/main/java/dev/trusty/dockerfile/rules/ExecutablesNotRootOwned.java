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

/** Binaries copied into system paths owned by a non-root user: the app could replace its own code. */
public final class ExecutablesNotRootOwned extends DockerfileRule {
    private static final Pattern EXEC_MODE = Pattern.compile("[0-7]*[1357][0-7]{0,2}");
    private static final List<String> BIN_DIRS = List.of("/usr/", "/bin/", "/sbin/", "/usr/local/bin/", "/opt/", "/lib/");
    public static final RuleInfo INFO = rule("TD212", "Executables copied with a non-root owner", Severity.MEDIUM)
            .cwe(732)
            .why("When the runtime user owns the binaries it runs, a compromised process can rewrite them and persist.")
            .fix("Copy executables owned by root (drop --chown) and give the runtime user write access only to data directories.");

    public ExecutablesNotRootOwned() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        check(ctx, ctx.effective("copy"), out);
        check(ctx, ctx.effective("add"), out);
    }

    private void check(LintContext ctx, List<Instruction> copies, FindingSink out) {
        for (Instruction i : copies) {
            if (i.flags().isEmpty() || i.args().size() < 2) {
                continue; // most COPYs: no --chown
            }
            Flag chown = i.flag("chown").orElse(null);
            if (chown == null || chown.value() == null || ownedByRoot(chown.value())) {
                continue;
            }
            String dest = Paths.unquote(i.args().getLast().value());
            boolean binDir = inBinDir(dest)
                    && (dest.contains("/bin") || dest.contains("/sbin") || dest.startsWith("/opt/") || dest.startsWith("/lib/"));
            if (binDir || setsExecutable(i) && !dest.startsWith("/home/") && !dest.startsWith("/tmp/")) {
                out.report(INFO, ctx.at(i, chown.span()), i.keyword().toUpperCase(Locale.ROOT) + " --chown=" + chown.value()
                        + " to " + dest + ": executables should stay owned by root");
            }
        }
    }

    /** True for a --chown user of root or 0 (the part before ':'), read in place. */
    private static boolean ownedByRoot(String chown) {
        int colon = chown.indexOf(':');
        int userEnd = colon < 0 ? chown.length() : colon;
        return userEnd == 4 && chown.startsWith("root") || userEnd == 1 && chown.charAt(0) == '0';
    }

    private static boolean setsExecutable(Instruction copy) {
        return copy.flag("chmod").map(f -> f.value() != null && EXEC_MODE.matcher(f.value()).matches()).orElse(false);
    }

    private static boolean inBinDir(String dest) {
        for (String d : BIN_DIRS) {
            // every directory ends with '/': dest may name it without
            if (dest.startsWith(d) || d.length() == dest.length() + 1 && d.startsWith(dest)) {
                return true;
            }
        }
        return false;
    }
}
