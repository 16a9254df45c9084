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

/** DL3029: a fixed --platform on FROM makes the Dockerfile build for one platform only. */
public final class FromPlatformFlag extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD029", "FROM uses a fixed --platform", Severity.MEDIUM)
            .hadolint("DL3029")
            .why("A constant platform defeats multi-platform builds and emulates on other hosts.")
            .fix("Drop --platform, or use a build argument such as $BUILDPLATFORM.");

    public FromPlatformFlag() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage s : ctx.stages()) {
            Flag p = s.from().flag("platform").orElse(null);
            if (p != null && p.value() != null && !p.value().contains("$")) {
                out.report(INFO, ctx.at(s.from(), p.span()), "FROM --platform=" + p.value()
                        + " pins the stage to one platform");
            }
        }
    }
}
