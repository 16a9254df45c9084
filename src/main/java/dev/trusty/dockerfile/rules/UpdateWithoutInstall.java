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
    private static final Map<String, Set<String>> UPDATE = Map.of("apt-get", Set.of("update"), "apt", Set.of("update"),
            "yum", Set.of("update", "makecache"), "apk", Set.of("update"), "dnf", Set.of("update", "makecache"),
            "zypper", Set.of("refresh", "ref", "update", "up"));
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
            Set<String> updates = UPDATE.get(c.name());
            if (updates == null || !updates.contains(c.subcommand()) || c.is("yum") && c.subcommand().equals("update")
                    && c.operands().size() > 1 || c.is("dnf") && c.subcommand().equals("update") && c.operands().size() > 1) {
                continue;
            }
            boolean installs = false;
            for (int j = k + 1; j < commands.size() && !installs; j++) {
                ShellCommand d = commands.get(j);
                installs = sameFamily(c, d) && installs(d);
            }
            if (!installs) {
                out.report(INFO, ctx.at(run, c), "'" + c.name() + " " + c.subcommand()
                        + "' without an install in the same RUN: the cached index goes stale");
                return;
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
