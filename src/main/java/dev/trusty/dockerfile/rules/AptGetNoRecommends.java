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

/** DL3015: apt-get install pulls in recommended packages unless told not to. */
public final class AptGetNoRecommends extends RunRule {
    public static final RuleInfo INFO = rule("TD015", "apt-get install without --no-install-recommends", Severity.LOW)
            .hadolint("DL3015").trivy("DS029")
            .why("Recommended packages bloat the image and widen its attack surface. "
                    + "Trivy's DS029 (a text search of the RUN) is read beside it (below).")
            .fix("Add --no-install-recommends.");

    public AptGetNoRecommends() {
        super(INFO, "apt-get");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.isWithArg("apt-get", "install") && !c.hasFlag("no-install-recommends")
                    && !c.hasArg("APT::Install-Recommends=false", "APT::Install-Recommends=\"false\"")) {
                ShellWord install = c.args().stream().filter(w -> w.text().equals("install")).findFirst().orElseThrow();
                Span s = c.script().span(install);
                Fix fix = run.json() ? null : Fix.edits("add --no-install-recommends", new Fix.Edit(s.endLine(),
                        s.endColumn(), s.endLine(), s.endColumn(), " --no-install-recommends"));
                out.report(INFO, ctx.at(run, c), "apt-get install" + Installs.named(c, AptGetYes.APT_OPTIONS_WITH_VALUE,
                        "install") + " without --no-install-recommends also pulls in recommended packages", fix);
                return;
            }
        }
    }
}
