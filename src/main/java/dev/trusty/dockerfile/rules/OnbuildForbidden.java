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

/** DL3043: ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER. */
public final class OnbuildForbidden extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD043", "ONBUILD wraps ONBUILD, FROM or MAINTAINER", Severity.HIGH)
            .hadolint("DL3043")
            .why("Docker refuses these triggers; the build of a child image fails.")
            .fix("Remove the trigger.");

    public OnbuildForbidden() {
        super(INFO, "onbuild");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction i : ctx.instructions()) {
            Instruction c = i.child();
            if (c != null && (c.is("onbuild") || c.is("from") || c.is("maintainer"))) {
                out.report(INFO, ctx.at(i, c.keywordSpan()), "ONBUILD " + c.keyword().toUpperCase(Locale.ROOT)
                        + " is not allowed");
            }
        }
    }
}
