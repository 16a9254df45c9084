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

/** DL3049: a label the schema requires is missing from a stage. */
public final class LabelMissing extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD049", "Required label missing", Severity.LOW)
            .hadolint("DL3049")
            .why("The organisation's label schema requires it: inventories and scanners read these labels.")
            .fix("Add the label with LABEL <key>=<value>.");

    public LabelMissing() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Map<String, String> schema = ctx.settings().labelSchema();
        if (schema.isEmpty()) {
            return;
        }
        for (Stage stage : ctx.stages()) {
            Map<String, Labels.Label> labels = Labels.inherited(stage);
            for (String key : schema.keySet().stream().sorted().toList()) {
                if (!labels.containsKey(key)) {
                    out.report(INFO, ctx.at(stage.from(), stage.from().keywordSpan()), "stage "
                            + (stage.alias() != null ? "'" + stage.alias() + "'" : stage.index())
                            + " lacks the required label '" + key + "'");
                }
            }
        }
    }
}
