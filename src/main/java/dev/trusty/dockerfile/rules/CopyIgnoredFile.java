package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * BuildKit CopyIgnoredFile: a COPY/ADD source the build context's .dockerignore excludes, so the build
 * fails or copies nothing. Like BuildKit, skipped when .dockerignore has '!' re-inclusions.
 */
public final class CopyIgnoredFile extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD113", "COPY source excluded by .dockerignore", Severity.MEDIUM)
            .buildkit("CopyIgnoredFile").tags(BUILDKIT_EXPERIMENTAL)
            .why("The file is not sent to the builder: the COPY fails, or silently copies less than it says.")
            .fix("Remove the pattern from .dockerignore, or stop copying the file.");

    public CopyIgnoredFile() {
        super(INFO);
    }

    static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                    re.append(".*");
                    i++;
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '/') {
                        i++;
                        re.append("/?");
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    static String clean(String path) {
        String p = Paths.unquote(path);
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : ctx.settings().dockerignore()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("!")) {
                return;
            }
            patterns.add(glob(clean(l)));
        }
        if (patterns.isEmpty()) {
            return;
        }
        for (Instruction i : ctx.effectiveInstructions()) {
            if (!(i.is("copy") || i.is("add")) || i.flag("from").isPresent() || i.args().size() < 2
                    || !i.heredocs().isEmpty()) {
                continue;
            }
            for (int at = 0, last = i.args().size() - 1; at < last; at++) {
                Arg src = i.args().get(at);
                String s = clean(src.value());
                if (s.isEmpty() || s.equals(".") || s.contains("$") || s.contains("*") || s.contains("?")
                        || Paths.isUrl(src.value())) {
                    continue;
                }
                if (ignored(s, patterns)) {
                    out.report(INFO, ctx.at(i, src), "Attempting to " + (i.is("add") ? "Add" : "Copy")
                            + " file \"" + s + "\" that is excluded by .dockerignore");
                }
            }
        }
    }

    private static boolean ignored(String path, List<Pattern> patterns) {
        String p = path;
        while (!p.isEmpty()) {
            for (Pattern pattern : patterns) {
                if (pattern.matcher(p).matches()) {
                    return true;
                }
            }
            int slash = p.lastIndexOf('/');
            p = slash < 0 ? "" : p.substring(0, slash);
        }
        return false;
    }
}
