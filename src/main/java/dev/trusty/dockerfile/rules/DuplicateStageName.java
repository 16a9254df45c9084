package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.GoText;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** DL3024: two stages with one name. */
public final class DuplicateStageName extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD024", "Duplicate stage name", Severity.HIGH)
            .hadolint("DL3024").trivy("DS012").buildkit("DuplicateStageName")
            .why("BuildKit refuses a Dockerfile where two stages share a name.")
            .fix("Give every stage a unique name.");

    public DuplicateStageName() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        int named = 0;
        for (Stage s : ctx.stages()) {
            named += s.name() == null ? 0 : 1;
        }
        if (named < 2) {
            return; // nothing to compare, and no map to build: most files
        }
        Map<String, Stage> seen = new HashMap<>();
        for (Stage s : ctx.stages()) {
            if (s.name() == null) {
                continue;
            }
            Stage first = seen.putIfAbsent(s.name(), s);
            if (first != null) {
                out.report(INFO, ctx.at(s.from(), s.aliasArg()), "Duplicate stage name " + GoText.quote(s.name())
                        + ", stage names should be unique (first used on line " + first.from().line() + ")");
            }
        }
    }
}
