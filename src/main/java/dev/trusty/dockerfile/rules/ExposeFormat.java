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

/** BuildKit ExposeProtoCasing and ExposeInvalidFormat. */
public final class ExposeFormat extends DockerfileRule {
    public static final RuleInfo CASING = rule("TD111", "EXPOSE protocol not lower-case", Severity.INFO)
            .buildkit("ExposeProtoCasing")
            .why("Protocols are lower-case (tcp, udp, sctp); other casing is non-standard.")
            .fix("Write the protocol in lower case: EXPOSE 80/tcp.");
    public static final RuleInfo FORMAT = rule("TD112", "EXPOSE with an IP or host port", Severity.MEDIUM)
            .buildkit("ExposeInvalidFormat")
            .why("EXPOSE documents container ports; IP addresses and host ports belong to docker run -p and will be rejected.")
            .fix("Expose only the container port: EXPOSE 80.");

    private final boolean casing;

    private ExposeFormat(RuleInfo info, boolean casing) {
        super(info);
        this.casing = casing;
    }

    public static List<ExposeFormat> all() {
        return List.of(new ExposeFormat(CASING, true), new ExposeFormat(FORMAT, false));
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction e : ctx.effective("expose")) {
            if (ctx.topLevel(e) != e) {
                continue; // BuildKit does not lint ONBUILD triggers: they run in another build
            }
            for (Arg a : e.args()) {
                String v = a.value();
                int slash = v.indexOf('/');
                if (casing) {
                    if (slash >= 0 && !v.substring(slash).equals(v.substring(slash).toLowerCase(Locale.ROOT))) {
                        out.report(CASING, ctx.at(e, a), "Defined protocol '" + v
                                + "' in EXPOSE instruction should be lowercase");
                    }
                } else if ((slash < 0 ? v : v.substring(0, slash)).contains(":")) {
                    out.report(FORMAT, ctx.at(e, a), "EXPOSE instruction should not define an IP address or host-port mapping, found '"
                            + v + "'");
                }
            }
        }
    }
}
