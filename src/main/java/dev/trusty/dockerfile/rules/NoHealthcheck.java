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

/** The final stage of a service image (one that EXPOSEs a port) has no HEALTHCHECK, own or inherited. */
public final class NoHealthcheck extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD215", "Service image without HEALTHCHECK", Severity.LOW)
            .trivy("DS026").cis("4.6")
            .why("Without a health check, Docker and orchestrators cannot tell a hung service from a working one. "
                    + "Asked only of services; Trivy's DS026, for any file without HEALTHCHECK, is read beside it (below).")
            .fix("Add HEALTHCHECK CMD <probe> (or HEALTHCHECK NONE to say it is deliberate).");

    public NoHealthcheck() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null) {
            return;
        }
        // the stages' keyword indexes instead of every inherited instruction: a HEALTHCHECK anywhere in the
        // lineage settles it, and typical files write it near the end
        boolean service = false;
        for (Stage s : last.lineage()) {
            if (!s.effective("healthcheck").isEmpty()) {
                return;
            }
            service |= !s.effective("expose").isEmpty();
        }
        if (service) {
            out.report(INFO, ctx.at(last.from(), last.from().keywordSpan()), "the final stage exposes a port but has no HEALTHCHECK");
        }
    }
}
