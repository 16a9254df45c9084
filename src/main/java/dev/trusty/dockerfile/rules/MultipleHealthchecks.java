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

/** DL3012: only the last HEALTHCHECK of a stage counts. */
public final class MultipleHealthchecks extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD012", "More than one HEALTHCHECK in a stage", Severity.HIGH)
            .hadolint("DL3012").trivy("DS023")
            .why("Only the last HEALTHCHECK takes effect; the others are dead code that misleads readers.")
            .fix("Keep a single HEALTHCHECK per stage.");

    public MultipleHealthchecks() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Repeats.report(ctx, "healthcheck", INFO, out);
    }
}
