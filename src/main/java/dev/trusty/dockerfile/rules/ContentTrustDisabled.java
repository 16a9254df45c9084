package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DOCKER_CONTENT_TRUST turned off in ENV or ARG. */
public final class ContentTrustDisabled extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD216", "Docker Content Trust disabled", Severity.MEDIUM)
            .cis("4.5")
            .why("Turning content trust off lets unsigned images be pulled and run.")
            .fix("Remove DOCKER_CONTENT_TRUST=0; enable it where images are pulled.");

    private static final String NAME = "DOCKER_CONTENT_TRUST";
    private static final Set<String> OFF = Set.of("0", "false", "no", "off", "");

    public ContentTrustDisabled() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        BuildVariables.eachDeclaration(ctx, (i, arg, args, k) -> {
            String text = args.get(k).value();
            if (arg && text.startsWith(NAME) && WordScan.argNameEnd(text) == NAME.length()) {
                report(ctx, out, i, "ARG", args.get(k), Variables.argDefault(text));
            } else if (!arg && text.equals(NAME)) {
                report(ctx, out, i, "ENV", args.get(k + 1), Paths.unquote(args.get(k + 1).value()));
            }
        });
        List<Instruction> runs = ctx.runs();
        for (int k = 0; k < runs.size(); k++) {
            List<ShellCommand> commands = ctx.commands(k); // by position: no lookup of the RUN's commands
            for (int n = 0; n < commands.size(); n++) {
                ShellCommand c = commands.get(n);
                List<String> assignments = c.assignments();
                for (int m = 0; m < assignments.size(); m++) {
                    String a = assignments.get(m);
                    if (a.equals("DOCKER_CONTENT_TRUST=0") || a.equalsIgnoreCase("DOCKER_CONTENT_TRUST=false")) {
                        out.report(INFO, ctx.at(runs.get(k), c), "DOCKER_CONTENT_TRUST=0 disables image signature checks");
                    }
                }
            }
        }
    }

    private static void report(LintContext ctx, FindingSink out, Instruction i, String kind, Arg valueArg, String value) {
        if (value != null && OFF.contains(value.toLowerCase(Locale.ROOT))) {
            out.report(INFO, ctx.at(i, valueArg), kind + " DOCKER_CONTENT_TRUST=" + value + " disables image signature checks");
        }
    }
}
