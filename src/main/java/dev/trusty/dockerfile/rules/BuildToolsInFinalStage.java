package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Compilers and build toolchains installed in the final stage ship to production. */
public final class BuildToolsInFinalStage extends DockerfileRule {
    private static final String[] TOOL_NAMES = {"build-essential", "gcc", "g++", "make", "cmake", "clang", "cpp",
            "autoconf", "automake", "libtool", "musl-dev", "libc-dev", "libc6-dev", "linux-headers", "alpine-sdk",
            "golang", "go", "rustc", "cargo", "maven", "gradle", "openjdk-17-jdk", "openjdk-21-jdk", "default-jdk",
            "gcc-c++", "kernel-devel", "git"};
    private static final Set<String> TOOLS = Set.of(TOOL_NAMES);
    /** The package managers' command names, for the file's index of which RUN runs what. */
    private static final String[] INSTALLERS = {"apt-get", "apt", "yum", "dnf", "microdnf", "apk"};
    public static final RuleInfo INFO = rule("TD210", "Build tools in the final stage", Severity.LOW)
            .cis("4.3")
            .why("Compilers and toolchains in the runtime image add size and give an attacker tools to build exploits.")
            .fix("Build in an earlier stage and COPY --from=build only the artifacts into a slim final stage.");

    private final int[] installerIds = Vocabulary.watch(INSTALLERS);

    public BuildToolsInFinalStage() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null) {
            return;
        }
        // the file's index of which RUN runs what: a file that runs no package manager is done at once
        List<Instruction> finalRuns = last.withTriggers("run");
        if (finalRuns.isEmpty() || ctx.runMask(installerIds) == 0) {
            return;
        }
        for (Instruction run : finalRuns) {
            List<String> found = null; // built at the first tool: most RUNs install none
            ShellCommand where = null;
            for (ShellCommand c : ctx.commands(run)) {
                if (!installs(c)) {
                    continue;
                }
                for (ShellWord w : c.operands()) {
                    String text = w.text();
                    String pkg = tool(text);
                    if (pkg != null && (found == null || !found.contains(pkg))) {
                        found = found == null ? new ArrayList<>(4) : found;
                        found.add(pkg);
                        where = where == null ? c : where;
                    }
                }
            }
            if (found != null) {
                out.report(INFO, ctx.at(run, where), "build tools in the final stage (" + String.join(", ", found)
                        + "): build in an earlier stage and copy only the result");
            }
        }
    }

    /** An install command of one of the package managers. */
    private static boolean installs(ShellCommand c) {
        return switch (c.name()) {
            case "apt-get", "apt", "yum", "dnf", "microdnf" -> c.hasArg("install");
            case "apk" -> c.hasArg("add");
            default -> false;
        };
    }

    /**
     * The tool a package word names ({@code gcc}, {@code gcc=12.2} or {@code gcc>=12}), or null. This runs for
     * every operand of every install: a pinned word is compared with the tools in place, not cut to a new string.
     */
    private static String tool(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '=' || c == '<' || c == '>') {
                for (String tool : TOOL_NAMES) {
                    if (tool.length() == i && word.startsWith(tool)) {
                        return tool;
                    }
                }
                return null;
            }
        }
        return TOOLS.contains(word) ? word : null;
    }
}
