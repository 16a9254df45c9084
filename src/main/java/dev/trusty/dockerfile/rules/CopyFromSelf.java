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

/** DL3023: COPY --from cannot read the stage being built. */
public final class CopyFromSelf extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD023", "COPY --from refers to its own stage", Severity.HIGH)
            .hadolint("DL3023").trivy("DS006")
            .why("A stage cannot copy from itself; the build fails.")
            .fix("Copy from an earlier stage.");

    public CopyFromSelf() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction copy : ctx.effective("copy")) {
            Flag from = copy.flags().isEmpty() ? null : copy.flag("from").orElse(null); // most COPYs have no flag
            if (from == null || from.value() == null) {
                continue;
            }
            Stage stage = ctx.stageOf(copy);
            if (stage != null && stage.name() != null && stage.name().equals(from.value().toLowerCase(Locale.ROOT))) {
                out.report(INFO, ctx.at(copy, from.span()), "COPY --from=" + from.value()
                        + " copies from the stage it is in");
            }
        }
    }
}
