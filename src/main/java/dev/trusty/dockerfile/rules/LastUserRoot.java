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

/** DL3002: the last USER of the final stage switches to root. */
public final class LastUserRoot extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD003", "Last USER is root", Severity.MEDIUM)
            .hadolint("DL3002").cis("4.1").cwe(250)
            .why("The container's processes run as root, so a compromise of the app is a compromise of root.")
            .fix("Switch back to an unprivileged user after the steps that need root: USER 10001.");

    public LastUserRoot() {
        super(INFO);
    }

    static boolean isRoot(String user) {
        String u = Paths.unquote(user.trim());
        return u.equals("root") || u.equals("0") || u.startsWith("root:") || u.startsWith("0:");
    }

    /**
     * The USER the final stage runs as: its own last USER, or else the one it inherits from the
     * stage it is built FROM (hadolint follows stage aliases the same way).
     */
    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null || !ctx.has("user")) {
            return; // no USER at all (ONBUILD triggers count here, so this only skips files without one)
        }
        Instruction lastUser = null;
        for (Stage s : last.lineage()) {
            List<Instruction> instructions = s.instructions();
            for (int k = instructions.size() - 1; k >= 0 && lastUser == null; k--) { // the last one: from the end
                if (instructions.get(k).is("user")) {
                    lastUser = instructions.get(k);
                }
            }
            if (lastUser != null) {
                break;
            }
        }
        if (lastUser != null && !lastUser.args().isEmpty() && isRoot(lastUser.args().getFirst().value())) {
            Arg a = lastUser.args().getFirst();
            Stage owner = ctx.stageOf(lastUser);
            String where = owner == last ? "the final stage's last USER"
                    : "the final stage inherits USER from stage '" + owner.alias() + "', whose last USER";
            out.report(INFO, ctx.at(lastUser, a), where + " is '" + a.value()
                    + "': switch to a non-root user before the image runs");
        }
    }
}
