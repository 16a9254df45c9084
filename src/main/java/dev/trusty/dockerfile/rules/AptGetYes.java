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

/** DL3014: apt-get install without -y stops at the confirmation prompt. */
public final class AptGetYes extends RunRule {
    public static final RuleInfo INFO = rule("TD014", "apt-get install without -y", Severity.MEDIUM)
            .hadolint("DL3014").trivy("DS021")
            .why("Without -y the build stops at the confirmation prompt. Trivy's DS021 (which does not take -q for yes) is read beside it (below).")
            .fix("Add -y: apt-get install -y <pkg>.");

    /** apt-get options whose value is the next word. */
    static final Set<String> APT_OPTIONS_WITH_VALUE = Set.of("o", "option", "t", "target-release", "c", "config-file");

    public AptGetYes() {
        super(INFO, "apt-get");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.isWithArg("apt-get", "install") && !c.hasAnyFlag("y", "yes", "q", "assume-yes")) {
                ShellWord install = c.args().stream().filter(w -> w.text().equals("install")).findFirst().orElseThrow();
                Span s = c.script().span(install);
                Fix fix = run.json() ? null : Fix.edits("add -y", new Fix.Edit(s.endLine(), s.endColumn(),
                        s.endLine(), s.endColumn(), " -y"));
                out.report(INFO, ctx.at(run, c), "apt-get install" + Installs.named(c, APT_OPTIONS_WITH_VALUE, "install")
                        + " without -y waits for confirmation", fix);
                return;
            }
        }
    }
}
