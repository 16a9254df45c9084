package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** DL3066: Kubernetes' runAsNonRoot can only verify a numeric user. */
public final class UserByName extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD066", "USER given by name instead of UID", Severity.LOW)
            .hadolint("DL3066").podSecurity("runAsNonRoot")
            .why("Kubernetes' runAsNonRoot cannot prove that a user name is not root, so the pod is refused.")
            .fix("Use a numeric UID (and GID): USER 10001:10001.");

    public UserByName() {
        super(INFO, "user");
    }

    /** {@link Chars#digits} of the first {@code end} characters of {@code s}. */
    private static boolean digits(String s, int end) {
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction u : ctx.effective("user")) {
            if (u.args().isEmpty()) {
                continue;
            }
            Arg a = u.args().getFirst();
            String user = Paths.unquote(a.value());
            int colon = user.indexOf(':');
            int end = colon >= 0 ? colon : user.length(); // the user part, read in place: most USERs are numbers
            if (!digits(user, end) && user.lastIndexOf('$', end - 1) < 0) {
                String name = user.substring(0, end);
                out.report(INFO, ctx.at(u, a), "USER '" + name + "' is a name: use its numeric UID");
            }
        }
    }
}
