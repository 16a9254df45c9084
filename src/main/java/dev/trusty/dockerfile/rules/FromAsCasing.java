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

/** BuildKit FromAsCasing: 'AS' should match the casing of 'FROM'. */
public final class FromAsCasing extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD102", "'AS' casing differs from 'FROM'", Severity.INFO)
            .buildkit("FromAsCasing")
            .why("Consistent keyword casing keeps Dockerfiles readable.")
            .fix("Write 'FROM ... AS ...' or 'from ... as ...'.");

    public FromAsCasing() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.stages()) {
            if (s.aliasArg() == null) {
                continue;
            }
            Arg as = s.from().args().get(1);
            String from = s.from().keyword();
            // Chars.inCase: the same tests as comparing with toUpperCase/toLowerCase, without the copies
            boolean fromUpper = Chars.inCase(from, true);
            boolean asUpper = Chars.inCase(as.value(), true);
            boolean fromLower = Chars.inCase(from, false);
            boolean asLower = Chars.inCase(as.value(), false);
            if (fromUpper && !asUpper || fromLower && !asLower) {
                out.report(INFO, ctx.at(s.from(), as), "'" + as.value() + "' and '" + from
                        + "' keywords' casing do not match");
            }
        }
    }
}
