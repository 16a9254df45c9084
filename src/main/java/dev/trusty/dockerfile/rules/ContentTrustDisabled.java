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

/** DOCKER_CONTENT_TRUST turned off in ENV or ARG. */
public final class ContentTrustDisabled extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD216", "Docker Content Trust disabled", Severity.MEDIUM)
            .cis("4.5")
            .why("Turning content trust off lets unsigned images be pulled and run.")
            .fix("Remove DOCKER_CONTENT_TRUST=0; enable it where images are pulled.");

    public ContentTrustDisabled() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (BuildVariables.Declared d : BuildVariables.all(ctx)) {
            if (d.name().equals("DOCKER_CONTENT_TRUST") && d.value() != null
                    && Set.of("0", "false", "no", "off", "").contains(d.value().toLowerCase(Locale.ROOT))) {
                out.report(INFO, ctx.at(d.instruction(), d.valueArg()), d.kind() + " DOCKER_CONTENT_TRUST=" + d.value()
                        + " disables image signature checks");
            }
        }
        List<Instruction> runs = ctx.runs();
        for (int k = 0; k < runs.size(); k++) {
            for (ShellCommand c : ctx.commands(k)) { // by position: no lookup of the RUN's commands
                for (String a : c.assignments()) {
                    if (a.equals("DOCKER_CONTENT_TRUST=0") || a.equalsIgnoreCase("DOCKER_CONTENT_TRUST=false")) {
                        out.report(INFO, ctx.at(runs.get(k), c), "DOCKER_CONTENT_TRUST=0 disables image signature checks");
                    }
                }
            }
        }
    }
}
