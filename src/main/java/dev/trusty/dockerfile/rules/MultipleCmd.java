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

/** DL4003: only the last CMD of a stage counts. */
public final class MultipleCmd extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD073", "More than one CMD in a stage", Severity.MEDIUM)
            .hadolint("DL4003").trivy("DS016")
            .why("Only the last CMD takes effect; the earlier ones mislead readers.")
            .fix("Keep a single CMD per stage.");

    public MultipleCmd() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Repeats.report(ctx, "cmd", INFO, out);
    }
}
