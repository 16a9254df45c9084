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

/** DL3063: "scratch" and "context" are reserved words, not stage names. */
public final class ReservedStageName extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD063", "Stage name is a reserved word", Severity.MEDIUM)
            .hadolint("DL3063").buildkit("ReservedStageName")
            .why("'scratch' and 'context' already mean something in FROM and COPY --from; a stage with that name is ambiguous.")
            .fix("Rename the stage.");

    public ReservedStageName() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.stages()) {
            if ("scratch".equals(s.name()) || "context".equals(s.name())) {
                out.report(INFO, ctx.at(s.from(), s.aliasArg()), "Stage name should not use the same name as reserved stage "
                        + GoText.quote(s.name()));
            }
        }
    }
}
