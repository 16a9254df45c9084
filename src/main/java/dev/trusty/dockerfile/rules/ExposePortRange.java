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

/** DL3011: a port outside 0-65535 cannot be exposed. */
public final class ExposePortRange extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD011", "EXPOSE port out of range", Severity.HIGH)
            .hadolint("DL3011").trivy("DS008")
            .why("Ports are 16-bit numbers; anything above 65535 is a typo.")
            .fix("Use a port between 0 and 65535.");

    public ExposePortRange() {
        super(INFO, "expose");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction e : ctx.effective("expose")) {
            for (Arg a : e.args()) {
                String port = a.value();
                int slash = port.indexOf('/');
                if (slash >= 0) {
                    port = port.substring(0, slash);
                }
                for (String part : port.split("-", -1)) {
                    if (Chars.digits(part) && (part.length() > 5 || Integer.parseInt(part) > 65535)) {
                        out.report(INFO, ctx.at(e, a), "EXPOSE " + a.value() + ": port " + part
                                + " is outside 0-65535");
                        break;
                    }
                }
            }
        }
    }
}
