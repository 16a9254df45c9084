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

/** DL3065: --platform=$TARGETPLATFORM is what FROM does anyway. */
public final class RedundantTargetPlatform extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD065", "FROM --platform=$TARGETPLATFORM is redundant", Severity.MEDIUM)
            .hadolint("DL3065").buildkit("RedundantTargetPlatform")
            .why("The target platform is the default for FROM; the flag only adds noise.")
            .fix("Remove --platform=$TARGETPLATFORM.");

    public RedundantTargetPlatform() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.stages()) {
            Flag p = s.from().flag("platform").orElse(null);
            if (p != null && p.value() != null
                    && (p.value().equals("$TARGETPLATFORM") || p.value().equals("${TARGETPLATFORM}"))) {
                out.report(INFO, ctx.at(s.from(), p.span()), "Setting platform to predefined " + p.value()
                        + " in FROM is redundant as this is the default behavior");
            }
        }
    }
}
