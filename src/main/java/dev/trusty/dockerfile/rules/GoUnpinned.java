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

/** DL3062: go install / go run of a module without @version. */
public final class GoUnpinned extends RunRule {
    private static final Set<String> SUBCOMMANDS = Set.of("install", "run");
    private static final Set<String> WITH_VALUE = Set.of("o", "p", "tags", "ldflags", "gcflags", "asmflags", "mod",
            "modfile", "exec", "C", "pkgdir", "toolexec", "overlay", "pgo", "covermode", "coverpkg");
    public static final RuleInfo INFO = rule("TD062", "go install without a pinned version", Severity.MEDIUM)
            .hadolint("DL3062")
            .why("Without @version, go install resolves whatever is newest: builds are not reproducible.")
            .fix("Pin a version: go install golang.org/x/tools/gopls@v0.15.3.");

    public GoUnpinned() {
        super(INFO, "go");
    }

    static boolean pinned(String p) {
        int at = p.lastIndexOf('@');
        if (at > 0) {
            return !p.substring(at + 1).equals("latest") && at < p.length() - 1;
        }
        return p.startsWith(".") || p.startsWith("/") || p.startsWith("$") || p.endsWith(".go") || !p.contains("/")
                && !p.contains(".");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        Installs.report(ctx, run, commands, INFO, "go " + "install",
                c -> c.is("go") && SUBCOMMANDS.contains(c.subcommand()), WITH_VALUE, SUBCOMMANDS, GoUnpinned::pinned,
                "@<version>", out);
    }
}
