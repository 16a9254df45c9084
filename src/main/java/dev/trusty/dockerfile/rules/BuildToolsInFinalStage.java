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

/** Compilers and build toolchains installed in the final stage ship to production. */
public final class BuildToolsInFinalStage extends DockerfileRule {
    private static final Set<String> TOOLS = Set.of("build-essential", "gcc", "g++", "make", "cmake", "clang", "cpp",
            "autoconf", "automake", "libtool", "musl-dev", "libc-dev", "libc6-dev", "linux-headers", "alpine-sdk",
            "golang", "go", "rustc", "cargo", "maven", "gradle", "openjdk-17-jdk", "openjdk-21-jdk", "default-jdk",
            "gcc-c++", "kernel-devel", "git");
    private static final Set<String> PACKAGE_MANAGERS = Set.of("apt-get", "apt", "apk", "yum", "dnf", "microdnf");
    public static final RuleInfo INFO = rule("TD210", "Build tools in the final stage", Severity.LOW)
            .cis("4.3")
            .why("Compilers and toolchains in the runtime image add size and give an attacker tools to build exploits.")
            .fix("Build in an earlier stage and COPY --from=build only the artifacts into a slim final stage.");

    public BuildToolsInFinalStage() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null) {
            return;
        }
        for (Instruction top : last.instructions()) {
            Instruction run = top.effective();
            if (!run.is("run")) {
                continue;
            }
            List<String> found = new ArrayList<>();
            ShellCommand where = null;
            for (ShellCommand c : ctx.commands(run)) {
                boolean install = PACKAGE_MANAGERS.contains(c.name()) && (c.isWithArg("apt-get", "install")
                        || c.isWithArg("apt", "install") || c.isWithArg("apk", "add") || (c.is("yum") || c.is("dnf") || c.is("microdnf")) && c.hasArg("install"));
                if (!install) {
                    continue;
                }
                for (ShellWord w : c.operands()) {
                    String pkg = packageName(w.text());
                    if (TOOLS.contains(pkg) && !found.contains(pkg)) {
                        found.add(pkg);
                        where = where == null ? c : where;
                    }
                }
            }
            if (!found.isEmpty()) {
                out.report(INFO, ctx.at(run, where), "build tools in the final stage (" + String.join(", ", found)
                        + "): build in an earlier stage and copy only the result");
            }
        }
    }

    /** {@code gcc=12.2} or {@code gcc>=12} to {@code gcc}, without a regex per word (this runs for every operand). */
    private static String packageName(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '=' || c == '<' || c == '>') {
                return word.substring(0, i);
            }
        }
        return word;
    }
}
