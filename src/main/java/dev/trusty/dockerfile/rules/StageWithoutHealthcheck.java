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

/**
 * DL3057: a stage without HEALTHCHECK, own or inherited (opt-in, as in hadolint). Like hadolint,
 * every such stage is reported at its FROM, build stages included.
 */
public final class StageWithoutHealthcheck extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD057", "Stage has no HEALTHCHECK", Severity.INFO)
            .hadolint("DL3057").tags(OPT_IN)
            .why("Without a health check the runtime cannot tell a hung service from a working one.")
            .fix("Add HEALTHCHECK CMD <probe>, or HEALTHCHECK NONE to say it is deliberate.");

    public StageWithoutHealthcheck() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage stage : ctx.stages()) {
            boolean has = false;
            for (Instruction i : stage.inheritedInstructions()) {
                has |= i.is("healthcheck");
            }
            if (!has) {
                out.report(INFO, ctx.at(stage.from(), stage.from().keywordSpan()), "stage "
                        + (stage.alias() != null ? "'" + stage.alias() + "'" : String.valueOf(stage.index()))
                        + " has no HEALTHCHECK");
            }
        }
    }
}
