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

    /** One finding per EXPOSE (as hadolint), at the first bad port, naming every bad one. */
    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction e : ctx.effective("expose")) {
            Arg first = null;
            List<String> bad = null; // built only for a finding: most EXPOSEs are fine
            for (Arg a : e.args()) {
                if (outOfRange(a.value())) {
                    if (first == null) {
                        first = a;
                        bad = new ArrayList<>(2);
                    }
                    bad.add(a.value());
                }
            }
            if (first != null) {
                out.report(INFO, ctx.at(e, first), "EXPOSE " + String.join(", ", bad)
                        + (bad.size() == 1 ? ": the port is" : ": these ports are") + " outside 0-65535");
            }
        }
    }

    /** A port or range ({@code 80}, {@code 8000-9000/tcp}) with a number above 65535; variables are not checked. */
    static boolean outOfRange(String port) {
        int slash = port.indexOf('/');
        int end = slash >= 0 ? slash : port.length();
        for (int start = 0; ; ) { // each '-'-separated part before the protocol, read in place
            int dash = port.indexOf('-', start);
            int partEnd = dash >= 0 && dash < end ? dash : end;
            if (aboveMaxPort(port, start, partEnd)) {
                return true;
            }
            if (partEnd == end) {
                return false;
            }
            start = partEnd + 1;
        }
    }

    /** True when {@code text[start, end)} is all ASCII digits and a number above 65535. */
    private static boolean aboveMaxPort(String text, int start, int end) {
        if (start == end) {
            return false;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = i - start < 6 ? value * 10 + (c - '0') : value;
        }
        return end - start > 5 || value > 65535;
    }
}
