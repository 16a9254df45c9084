package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compilers and build toolchains installed in the final stage ship to production. */
public final class BuildToolsInFinalStage extends DockerfileRule {
    private static final String[] TOOL_NAMES = {"build-essential", "gcc", "g++", "make", "cmake", "clang", "cpp",
            "autoconf", "automake", "libtool", "musl-dev", "libc-dev", "libc6-dev", "linux-headers", "alpine-sdk",
            "golang", "go", "rustc", "cargo", "maven", "gradle", "openjdk-17-jdk", "openjdk-21-jdk", "default-jdk",
            "gcc-c++", "kernel-devel", "git"};
    /** Each tool's position in {@link #TOOL_NAMES}: a bit of the RUN's set of tools found. */
    private static final Map<String, Integer> TOOLS = toolIndex();
    /** The message naming one tool, for each tool: the usual finding (684 of the 1,000 bench files) builds no text. */
    private static final String[] ONE_TOOL_MESSAGES = new String[TOOL_NAMES.length];

    static {
        for (int t = 0; t < TOOL_NAMES.length; t++) {
            ONE_TOOL_MESSAGES[t] = message(TOOL_NAMES[t]);
        }
    }
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
            // the first tool found, the others joined as found (most RUNs find none, most others one), and a bit
            // per tool for repeats
            int first = -1;
            String others = null;
            long seen = 0;
            ShellCommand where = null;
            List<ShellCommand> commands = ctx.commands(run);
            for (int k = 0; k < commands.size(); k++) {
                ShellCommand c = commands.get(k);
                if (!installs(c)) {
                    continue;
                }
                List<ShellWord> operands = c.operands();
                for (int n = 0; n < operands.size(); n++) {
                    int tool = tool(operands.get(n).text());
                    if (tool >= 0 && (seen >>> tool & 1) == 0) {
                        seen |= 1L << tool;
                        if (first < 0) {
                            first = tool;
                            where = c;
                        } else {
                            others = others == null ? TOOL_NAMES[tool] : others + ", " + TOOL_NAMES[tool];
                        }
                    }
                }
            }
            if (first >= 0) {
                out.report(INFO, ctx.at(run, where),
                        others == null ? ONE_TOOL_MESSAGES[first] : message(TOOL_NAMES[first] + ", " + others));
            }
        }
    }

    private static String message(String tools) {
        return "build tools in the final stage (" + tools + "): build in an earlier stage and copy only the result";
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
     * The position in {@link #TOOL_NAMES} of the tool a package word names ({@code gcc}, {@code gcc=12.2} or
     * {@code gcc>=12}), or -1. This runs for every operand of every install: a pinned word is compared with the
     * tools in place, not cut to a new string.
     */
    private static int tool(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '=' || c == '<' || c == '>') {
                for (int t = 0; t < TOOL_NAMES.length; t++) {
                    if (TOOL_NAMES[t].length() == i && word.startsWith(TOOL_NAMES[t])) {
                        return t;
                    }
                }
                return -1;
            }
        }
        Integer t = TOOLS.get(word);
        return t == null ? -1 : t;
    }

    private static Map<String, Integer> toolIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int t = 0; t < TOOL_NAMES.length; t++) {
            index.put(TOOL_NAMES[t], t);
        }
        return Map.copyOf(index);
    }
}
