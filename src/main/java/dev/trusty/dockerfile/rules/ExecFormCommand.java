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

/** DL3025: CMD and ENTRYPOINT in shell form run under /bin/sh, which does not forward signals. */
public final class ExecFormCommand extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD025", "CMD/ENTRYPOINT in shell form", Severity.MEDIUM)
            .hadolint("DL3025").buildkit("JSONArgsRecommended")
            .why("In shell form the process runs under /bin/sh -c as PID 1, so SIGTERM never reaches it and stops take the full timeout.")
            .fix("Use the JSON form: CMD [\"executable\", \"arg\"].");

    public ExecFormCommand() {
        super(INFO, "cmd", "entrypoint");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        check(ctx, ctx.effective("cmd"), out);
        check(ctx, ctx.effective("entrypoint"), out);
    }

    private static void check(LintContext ctx, List<Instruction> commands, FindingSink out) {
        for (Instruction i : commands) {
            if (!i.json() && !i.rest().isEmpty()) {
                String keyword = i.keyword().toUpperCase(Locale.ROOT);
                String rest = i.rest().strip();
                String message = rest.startsWith("[")
                        ? keyword + " " + rest + " is no valid JSON array (double quotes, commas), so it runs in"
                                + " shell form, under a shell that does not forward signals"
                        : keyword + " runs '" + rest.split("\\s+", 2)[0]
                                + "' in shell form, under a shell that does not forward signals: use the JSON form";
                out.report(INFO, ctx.at(i, i.restSpan()), message);
            }
        }
    }
}
