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

/**
 * DL3016: npm install of a named package without @version (tarballs, git URLs, local paths are fine).
 * Like hadolint, only when {@code install} is npm's sub-command ({@code npm run install} is a script);
 * the short forms {@code npm i} and {@code npm add} are TD225's.
 */
public final class NpmUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD016", "npm install without pinned versions", Severity.MEDIUM)
            .hadolint("DL3016")
            .why("Unpinned npm packages make builds unreproducible and can pull in a compromised release."
                    + " Like hadolint's DL3016 it reads 'npm install'; 'npm i' and 'npm add' are TD225's.")
            .fix("Pin versions (npm install express@4.19.2), or use npm ci with a lockfile.");

    /** npm flags whose value is the next word, so it is no package name. */
    static final Set<String> FLAGS_WITH_VALUE = Set.of("prefix", "registry", "loglevel", "cache", "userconfig", "w",
            "workspace", "omit", "include");

    private static final Set<String> SUBCOMMAND = Set.of("install");
    private static final String[] GIT_SCHEMES = {"git://", "git+ssh://", "git+http://", "git+https://"};

    public NpmUnpinned() {
        super(INFO, "npm");
    }

    /** hadolint's reading: git URLs need a #ref, tarballs and local folders are fine, else name@version. */
    static boolean pinned(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        for (String git : GIT_SCHEMES) {
            if (lower.startsWith(git)) {
                return p.contains("#");
            }
        }
        if (lower.endsWith(".tgz") || lower.endsWith(".tar.gz") || lower.endsWith(".tar")
                || p.startsWith("/") || p.startsWith("./") || p.startsWith("../") || p.startsWith("~/")
                || p.startsWith("$")) {
            return true;
        }
        int at = p.indexOf('@', p.startsWith("@") ? 1 : 0);
        return at > 0 && at < p.length() - 1;
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        Installs.report(ctx, run, commands, INFO, "npm install",
                c -> c.is("npm") && c.subcommand().equals("install"),
                FLAGS_WITH_VALUE, SUBCOMMAND, NpmUnpinned::pinned, "@<version>", out);
    }
}
