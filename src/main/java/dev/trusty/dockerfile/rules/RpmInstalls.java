package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * hadolint's reading of yum/dnf installs (DL3033, DL3041): any command of the tool with an
 * {@code install} argument installs; a package counts as pinned with a '-' anywhere (name-version)
 * or as a local {@code .rpm}; with a {@code module} argument the operands are modules, pinned by a
 * ':stream'. A variable counts as pinned too, since its value is not known here.
 */
final class RpmInstalls {
    /** Options whose value is the next word, so it is not read as a package. */
    private static final Set<String> WITH_VALUE = Set.of("c", "config", "installroot", "releasever", "setopt",
            "enablerepo", "disablerepo", "x", "exclude", "repo", "repofrompath", "d", "debuglevel", "e", "errorlevel");

    private RpmInstalls() {
    }

    static void report(LintContext ctx, Instruction run, List<ShellCommand> commands, RuleInfo rule,
                       Set<String> tools, FindingSink out) {
        List<ShellWord> unpinned = null; // made at the first unpinned package only
        ShellCommand where = null;
        for (ShellCommand c : commands) {
            if (!tools.contains(c.name()) || !c.hasArg("install")) {
                continue;
            }
            boolean module = c.hasArg("module");
            for (ShellWord w : c.operands(WITH_VALUE)) {
                String p = w.text();
                if (p.equals("install") || module && p.equals("module") || pinned(p, module)) {
                    continue;
                }
                if (unpinned == null) {
                    unpinned = new ArrayList<>();
                    where = c;
                }
                unpinned.add(w);
            }
        }
        if (where == null) {
            return;
        }
        boolean module = where.hasArg("module");
        Installs.reportUnpinned(ctx, run, rule, where.name() + (module ? " module install without a stream"
                : " install without a version"), where, unpinned, module ? ":<stream>" : "-<version>", out);
    }

    static boolean pinned(String operand, boolean module) {
        if (operand.contains("$")) {
            return true;
        }
        return module ? operand.contains(":") : operand.contains("-") || operand.endsWith(".rpm");
    }
}
