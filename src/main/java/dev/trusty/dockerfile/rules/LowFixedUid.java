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
import java.util.regex.Pattern;

/** USER given as a low fixed UID may collide with a system account of the base image or the host. */
public final class LowFixedUid extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD201", "USER is a low fixed UID", Severity.INFO)
            .podSecurity("runAsNonRoot")
            .why("UIDs below 1000 belong to system accounts (daemon, www-data...), which may own files the app should not touch; "
                    + "on hosts without user namespaces the same UID is shared with host users.")
            .fix("Use a dedicated high UID, e.g. USER 10001:10001.");

    public LowFixedUid() {
        super(INFO, "user");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null) {
            return;
        }
        for (Instruction u : last.instructions()) { // Stage.effective("user") without its list
            if (!u.is("user") || u.args().isEmpty()) {
                continue;
            }
            String user = Paths.unquote(u.args().getFirst().value());
            String uid = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
            if (Chars.only(uid, "0123456789", 1, 4) && Integer.parseInt(uid) > 0 && Integer.parseInt(uid) < 1000) {
                out.report(INFO, ctx.at(u, u.args().getFirst()), "USER " + uid
                        + " is a low system UID: prefer a dedicated UID of 10000 or more");
            }
        }
    }
}
