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

/** Trivy DS017: a package index update in a RUN of its own is cached and goes stale. */
public final class UpdateWithoutInstall extends RunRule {
    private static final Set<String> INSTALL = Set.of("install", "upgrade", "add", "in", "dist-upgrade", "groupinstall",
            "localinstall", "reinstall", "full-upgrade", "dup", "patch");
    public static final RuleInfo INFO = rule("TD120", "Package index updated without installing in the same RUN", Severity.HIGH)
            .trivy("DS017").cis("4.7")
            .why("The update layer is cached: later installs in another RUN use a stale index and miss security fixes.")
            .fix("Update and install in one RUN: apt-get update && apt-get install -y ...");

    public UpdateWithoutInstall() {
        super(INFO, "apt-get", "apt", "yum", "apk", "dnf", "zypper");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (int k = 0; k < commands.size(); k++) {
            ShellCommand c = commands.get(k);
            String update = indexUpdate(c);
            if (update == null) {
                continue;
            }
            boolean installs = false;
            for (int j = k + 1; j < commands.size() && !installs; j++) {
                ShellCommand d = commands.get(j);
                installs = sameFamily(c, d) && installs(d);
            }
            if (!installs) {
                out.report(INFO, ctx.at(run, c), "'" + c.name() + " " + update
                        + "' without an install in the same RUN: the cached index goes stale");
                return;
            }
        }
    }

    /**
     * The sub-command of {@code c} when it updates a package index, as Trivy reads it ({@code yum update} and
     * {@code dnf update} with packages install them), else null. A switch on the name, where a map of sets
     * was probed for every command of every RUN that runs a package manager, and the sub-command found once.
     */
    private static String indexUpdate(ShellCommand c) {
        switch (c.name()) {
            case "apt-get", "apt", "apk" -> {
                String sub = c.subcommand();
                return sub.equals("update") ? sub : null;
            }
            case "yum", "dnf" -> {
                String sub = c.subcommand();
                return sub.equals("makecache") || sub.equals("update") && c.operands().size() <= 1 ? sub : null;
            }
            case "zypper" -> {
                String sub = c.subcommand();
                return sub.equals("refresh") || sub.equals("ref") || sub.equals("update") || sub.equals("up") ? sub : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static final Set<String> DEBIAN = Set.of("apt-get", "apt");

    private static boolean sameFamily(ShellCommand a, ShellCommand b) {
        return a.name().equals(b.name()) || DEBIAN.contains(a.name()) && DEBIAN.contains(b.name());
    }

    private static boolean installs(ShellCommand c) {
        for (ShellWord w : c.args()) {
            if (INSTALL.contains(w.text())) {
                return true;
            }
        }
        return false;
    }
}
