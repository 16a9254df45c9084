package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Trivy DS002: no USER in the whole file, or the file's last USER (whatever its stage) is root or 0.
 * Our TD200 looks at what the final stage really runs as, so a USER set only in a build stage counts
 * as root there and not here.
 * A reading of ToolReadings: it narrows the aliases of its rule's findings, and reports lines of its own with {@code --enable DS002}.
 */
public final class TrivyRootUser extends DockerfileRule {
    private static final Pattern ROOT = Pattern.compile("(root|0)(:.+)?");
    public static final RuleInfo INFO = rule("TD131", "No USER, or the last USER is root", Severity.HIGH)
            .trivy("DS002").cwe(250)
            .why("Trivy's DS002 check: the image should name a non-root USER. It reads the file's last USER, "
                    + "in any stage; TD200 judges the final stage itself and is the one to trust for the image.")
            .fix("End the Dockerfile with USER <uid>:<gid> of an unprivileged user, e.g. USER 10001:10001.");

    public TrivyRootUser() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null) {
            return;
        }
        Instruction lastUser = lastUser(ctx);
        if (lastUser == null) {
            out.report(INFO, ctx.at(last.from(), last.from().keywordSpan()), "no USER in the Dockerfile: the image runs as root");
        } else if (mayBeRoot(lastUser.args().getFirst().value())
                && ROOT.matcher(Paths.unquote(lastUser.args().getFirst().value())).matches()) {
            out.report(INFO, ctx.at(lastUser, lastUser.args().getFirst()), "the last USER is '"
                    + lastUser.args().getFirst().value() + "': the image runs as root");
        }
    }

    /** A cheap test before the regex: a root user, unquoted, starts with 'r' or '0' (most USERs name an app user). */
    private static boolean mayBeRoot(String user) {
        for (int i = 0; i < user.length(); i++) {
            char c = user.charAt(i);
            if (c != '"' && c != '\'') {
                return c == 'r' || c == '0';
            }
        }
        return true;
    }

    /** The last USER with an argument, ONBUILD triggers aside, looked for from the end. */
    private static Instruction lastUser(LintContext ctx) {
        for (int s = ctx.stages().size() - 1; s >= 0; s--) {
            Instruction found = lastWithArgs(ctx.stages().get(s).effective("user"));
            if (found != null) {
                return found;
            }
        }
        List<Instruction> preamble = ctx.preamble(); // a USER there only in a file BuildKit refuses, linted as far as it goes
        for (int k = preamble.size() - 1; k >= 0; k--) {
            Instruction i = preamble.get(k);
            if (i.is("user") && !i.args().isEmpty()) {
                return i;
            }
        }
        return null;
    }

    private static Instruction lastWithArgs(List<Instruction> users) {
        for (int k = users.size() - 1; k >= 0; k--) {
            if (!users.get(k).args().isEmpty()) {
                return users.get(k);
            }
        }
        return null;
    }
}
