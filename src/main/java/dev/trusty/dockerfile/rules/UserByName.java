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

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction u : ctx.effective("user")) {
            if (u.args().isEmpty()) {
                continue;
            }
            Arg a = u.args().getFirst();
            String user = Paths.unquote(a.value());
            String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
            if (!Chars.digits(name) && !name.contains("$")) {
                out.report(INFO, ctx.at(u, a), "USER '" + name + "' is a name: use its numeric UID");
            }
        }
    }
}
