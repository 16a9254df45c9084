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
import java.util.function.Predicate;

/**
 * DL3013: pip install without version specifiers. As in hadolint, requirement and constraint files,
 * version operators, VCS URLs with an {@code @ref} and wheel/sdist archives count as pinned; beyond
 * hadolint, so do local paths and {@code $VARIABLES}, and option values are never read as packages.
 */
public final class PipUnpinned extends PipRunRule {
    public static final RuleInfo INFO = rule("TD013", "pip install without pinned versions", Severity.MEDIUM)
            .hadolint("DL3013")
            .why("Unpinned Python packages make builds unreproducible and can pull in a compromised release."
                    + " Fires where hadolint's DL3013 does, except that local paths, archives and $VARIABLES count as"
                    + " pinned and the value of any pip option that takes one (--cache-dir /tmp) is no package.")
            .fix("Pin versions (pip install requests==2.32.3) or install from a requirements file with hashes.");

    static final Set<String> WITH_VALUE = Set.of("c", "constraint", "e", "editable", "r", "requirement", "i",
            "index-url", "extra-index-url", "f", "find-links", "t", "target", "prefix", "root", "trusted-host",
            "platform", "python-version", "implementation", "abi", "src", "upgrade-strategy", "progress-bar",
            "cache-dir", "log", "proxy", "retries", "timeout", "exists-action", "cert", "client-cert",
            "global-option", "install-option", "no-binary", "only-binary", "b", "build", "report", "config-settings",
            "C", "use-feature", "python", "keyring-provider", "root-user-action");

    private static final String[] VERSION_OPERATORS = {"==", ">=", "<=", "~=", "!=", ">", "<", "==="};
    private static final java.util.regex.Pattern VCS_URL = java.util.regex.Pattern.compile("(git|hg|svn|bzr)\\+[a-z]+://.*");
    private static final Set<String> SUBCOMMANDS = Set.of("install", "-m", "pip");

    public PipUnpinned() {
        super(INFO);
    }

    /** pip, pip3, pip3.12, or python -m pip. */
    static boolean isPipInstall(ShellCommand c) {
        String n = c.baseName();
        if (!n.startsWith("p") || n.length() > 3 && !n.startsWith("pip") && !n.startsWith("python")) {
            return false;
        }
        if (isVersioned(n, "pip")) {
            return c.subcommand().equals("install");
        }
        if (isVersioned(n, "python")) {
            List<ShellWord> a = c.args();
            int m = 0;
            while (m < a.size() && !a.get(m).text().equals("-m")) {
                m++;
            }
            return m + 2 < a.size() && a.get(m + 1).text().equals("pip") && a.get(m + 2).text().equals("install");
        }
        return false;
    }

    /** {@code name} is {@code tool} followed by digits and dots only (pip3.12, python3): the regex tool[0-9.]*, by hand. */
    static boolean isVersioned(String name, String tool) {
        if (!name.startsWith(tool)) {
            return false;
        }
        for (int i = tool.length(); i < name.length(); i++) {
            char ch = name.charAt(i);
            if ((ch < '0' || ch > '9') && ch != '.') {
                return false;
            }
        }
        return true;
    }

    static boolean pinned(String p) {
        for (String op : VERSION_OPERATORS) {
            if (p.contains(op)) {
                return true;
            }
        }
        String lower = p.toLowerCase(Locale.ROOT);
        if (isVcsUrl(lower)) {
            return hasVcsRef(p);
        }
        return p.indexOf('@') > 0
                || p.startsWith(".") || p.startsWith("/") || p.startsWith("~") || p.startsWith("$")
                || lower.endsWith(".whl") || lower.endsWith(".tar.gz") || lower.endsWith(".zip") || lower.endsWith(".tgz")
                || lower.contains("://");
    }

    /** git+https://..., hg+ssh://...: pip's VCS requirement forms. */
    private static boolean isVcsUrl(String lower) {
        // the regex only for the few operands with a scheme (compiled once, not by String.matches per package)
        return lower.indexOf("://") > 0 && VCS_URL.matcher(lower).matches();
    }

    /**
     * A VCS URL is pinned only by an {@code @ref} after the path, like hadolint's DL3013, which
     * flags {@code git+https://host/repo.git#egg=x}. The {@code user@} of {@code git+ssh://git@host/...}
     * is no ref.
     */
    private static boolean hasVcsRef(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        int fragment = rest.indexOf('#');
        String path = slash < 0 ? "" : rest.substring(slash, fragment > slash ? fragment : rest.length());
        return path.contains("@");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        // only RUNs running pip or python come here; the filter is a predicate: no allocation without pip install
        Installs.report(ctx, run, commands, INFO, "pip install",
                c -> isPipInstall(c) && !c.hasAnyFlag("r", "requirement", "c", "constraint"), WITH_VALUE,
                SUBCOMMANDS, p -> p.equals("install") || pinned(p),
                "==<version>", out);
    }
}
