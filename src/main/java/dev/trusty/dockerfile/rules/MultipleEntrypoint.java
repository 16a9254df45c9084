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

/** DL4004: only the last ENTRYPOINT of a stage counts. */
public final class MultipleEntrypoint extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD074", "More than one ENTRYPOINT in a stage", Severity.HIGH)
            .hadolint("DL4004").trivy("DS007")
            .why("Only the last ENTRYPOINT takes effect; the earlier ones mislead readers.")
            .fix("Keep a single ENTRYPOINT per stage.");

    public MultipleEntrypoint() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Repeats.report(ctx, "entrypoint", INFO, out);
    }
}
