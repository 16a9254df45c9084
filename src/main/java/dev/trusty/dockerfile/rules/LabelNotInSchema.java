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

/** DL3050: with strict labels, only labels of the schema are allowed. */
public final class LabelNotInSchema extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD050", "Label outside the schema", Severity.LOW)
            .hadolint("DL3050")
            .why("Strict labels are on: only the schema's labels are allowed, so typos in keys are caught.")
            .fix("Remove the label or add it to the label schema.");

    public LabelNotInSchema() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (!ctx.settings().strictLabels()) {
            return;
        }
        for (Labels.Label l : Labels.everywhere(ctx)) {
            if (!ctx.settings().labelSchema().containsKey(l.key())) {
                out.report(INFO, ctx.at(l.instruction(), l.pair().key()), "label '" + l.key()
                        + "' is not in the label schema");
            }
        }
    }
}
