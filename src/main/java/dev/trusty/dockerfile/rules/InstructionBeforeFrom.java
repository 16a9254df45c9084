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

/** DL3061: only ARG (and comments) may come before the first FROM. */
public final class InstructionBeforeFrom extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD061", "Instruction before the first FROM", Severity.HIGH)
            .hadolint("DL3061")
            .why("A Dockerfile must start with FROM (optionally after global ARGs); the build fails otherwise.")
            .fix("Move the instruction after FROM.");

    public InstructionBeforeFrom() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction i : ctx.preamble()) {
            if (!i.is("arg")) {
                out.report(INFO, ctx.at(i, i.keywordSpan()), i.keyword().toUpperCase(Locale.ROOT)
                        + " before the first FROM: only ARG may come first");
            }
        }
    }
}
