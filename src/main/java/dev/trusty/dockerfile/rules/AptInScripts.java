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

/** DL3027: apt is meant for people; its interface is not stable for scripts. */
public final class AptInScripts extends RunRule {
    public static final RuleInfo INFO = rule("TD027", "apt used instead of apt-get", Severity.MEDIUM)
            .hadolint("DL3027")
            .why("apt's command line is meant for interactive use and may change; apt-get and apt-cache are stable.")
            .fix("Use apt-get or apt-cache.");

    /** The sub-commands apt-get has too, so the fix can just rename the command. */
    private static final Set<String> SHARED_WITH_APT_GET = Set.of("install", "update", "upgrade", "remove", "purge",
            "autoremove");

    public AptInScripts() {
        super(INFO, "apt");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (c.is("apt")) {
                Span s = c.script().span(c.nameWord());
                boolean same = SHARED_WITH_APT_GET.contains(c.subcommand());
                Fix fix = run.json() || !same ? null : Fix.edits("use apt-get", new Fix.Edit(s.line(), s.column(), s.endLine(),
                        s.endColumn(), "apt-get"));
                out.report(INFO, ctx.at(run, c.script(), c.nameWord()), "'apt " + c.subcommand()
                        + "': use apt-get in scripts", fix);
                return;
            }
        }
    }
}
