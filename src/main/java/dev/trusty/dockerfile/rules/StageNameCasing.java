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
import java.util.regex.Pattern;

/** BuildKit StageNameCasing: stage names are compared lower-cased, so write them that way. */
public final class StageNameCasing extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD101", "Stage name is not lower-case", Severity.INFO)
            .buildkit("StageNameCasing")
            .why("Stage names are case-insensitive; mixed case suggests two names where there is one.")
            .fix("Write the stage name in lower case.");

    public StageNameCasing() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.stages()) {
            String alias = s.alias();
            if (alias != null && !Chars.inCase(alias, false)) { // as alias.equals(lower-cased alias), without the copy
                out.report(INFO, ctx.at(s.from(), s.aliasArg()), "Stage name '" + alias + "' should be lowercase");
            }
        }
    }
}
