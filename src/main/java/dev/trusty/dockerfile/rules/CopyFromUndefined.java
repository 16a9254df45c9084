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

/** DL3022: COPY --from names a stage that does not exist (yet). */
public final class CopyFromUndefined extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD022", "COPY --from refers to an undefined stage", Severity.MEDIUM)
            .hadolint("DL3022")
            .why("A name that is no earlier stage is pulled as an image: a typo silently becomes a download."
                    + " Unlike hadolint's DL3022, an image path or a variable (docker/buildx-bin, $TOOLS) is not flagged.")
            .fix("Define the stage with FROM ... AS <name> before using it, or use a full image reference.");

    public CopyFromUndefined() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction copy : ctx.effective("copy")) {
            Flag from = copy.flags().isEmpty() ? null : copy.flag("from").orElse(null); // most COPYs have no flag
            if (from == null || from.value() == null) {
                continue;
            }
            String v = from.value();
            if (Chars.digits(v) || v.contains(":") || v.contains("/") || v.contains("$") || v.contains("@")
                    || definedSoFar(ctx, v, ctx.stageOf(copy))) {
                continue;
            }
            out.report(INFO, ctx.at(copy, from.span()), "COPY --from=" + v + ": no earlier stage is named '" + v + "'");
        }
    }

    /**
     * An earlier stage, or the current one: a COPY from its own stage is DL3023's (TD023's) finding,
     * and hadolint's DL3022 stays silent on it too.
     */
    private static boolean definedSoFar(LintContext ctx, String name, Stage current) {
        return current != null && (ctx.stageNamed(name, current) != null
                || name.toLowerCase(Locale.ROOT).equals(current.name()));
    }
}
