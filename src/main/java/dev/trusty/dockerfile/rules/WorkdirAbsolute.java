package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DL3000: WORKDIR must be absolute, or relative builds land in surprising places. */
public final class WorkdirAbsolute extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD001", "WORKDIR path is not absolute", Severity.HIGH)
            .hadolint("DL3000").trivy("DS009")
            .why("A relative WORKDIR depends on the previous working directory, which a base-image change can move.")
            .fix("Use an absolute path, e.g. WORKDIR /app.");

    public WorkdirAbsolute() {
        super(INFO, "workdir");
    }

    static boolean isAbsolute(String path) {
        String p = Paths.unquote(path);
        return p.startsWith("/") || p.startsWith("$") || p.length() > 2 && p.charAt(1) == ':' && (p.charAt(2) == '/' || p.charAt(2) == '\\')
                && (p.charAt(0) >= 'A' && p.charAt(0) <= 'Z' || p.charAt(0) >= 'a' && p.charAt(0) <= 'z') || p.startsWith("\\");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction w : ctx.effective("workdir")) {
            if (!w.args().isEmpty() && !isAbsolute(w.args().getFirst().value())) {
                Arg a = w.args().getFirst();
                out.report(INFO, ctx.at(w, a), "WORKDIR '" + a.value() + "' is relative: use an absolute path");
            }
        }
    }
}
