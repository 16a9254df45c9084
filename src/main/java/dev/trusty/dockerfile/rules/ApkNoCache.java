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

/** DL3019: apk add keeps its index in the layer unless --no-cache is given. */
public final class ApkNoCache extends RunRule {
    public static final RuleInfo INFO = rule("TD019", "apk add without --no-cache", Severity.LOW)
            .hadolint("DL3019").trivy("DS025")
            .why("The apk index cache stays in the layer.")
            .fix("Use apk add --no-cache, or a cache mount for /var/cache/apk.");

    public ApkNoCache() {
        super(INFO, "apk");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        if (Mounts.cachesDir(run, "/var/cache/apk")) {
            return;
        }
        for (ShellCommand c : commands) {
            if (c.isWithArg("apk", "add") && !c.hasFlag("no-cache")) {
                ShellWord add = c.args().stream().filter(w -> w.text().equals("add")).findFirst().orElseThrow();
                Span s = c.script().span(add);
                Fix fix = run.json() ? null : Fix.edits("add --no-cache", new Fix.Edit(s.endLine(), s.endColumn(),
                        s.endLine(), s.endColumn(), " --no-cache"));
                out.report(INFO, ctx.at(run, c), "apk add" + Installs.named(c, Set.of("t", "virtual", "repository", "X"), "add")
                        + " without --no-cache keeps the package index in the layer", fix);
                return;
            }
        }
    }
}
