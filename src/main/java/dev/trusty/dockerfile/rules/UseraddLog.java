package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DL3046: useradd with a high UID writes a huge sparse lastlog unless -l is given. */
public final class UseraddLog extends RunRule {
    public static final RuleInfo INFO = rule("TD046", "useradd with a high UID without -l", Severity.MEDIUM)
            .hadolint("DL3046")
            .why("useradd sizes /var/log/lastlog and faillog by UID: a high UID without -l adds gigabytes to the layer.")
            .fix("Add -l (--no-log-init).");

    public UseraddLog() {
        super(INFO, "useradd");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (!c.is("useradd") || c.hasAnyFlag("l", "no-log-init")) {
                continue;
            }
            String uid = c.flagValue("u", "uid");
            if (uid != null && uid.length() > 5 && !uid.contains("$")) {
                out.report(INFO, ctx.at(run, c), "useradd -u " + uid + " without -l: lastlog grows to the UID's size");
                return;
            }
        }
    }
}
