package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Location;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Comment;

import java.util.regex.Pattern;

/** DL1001: flags inline ignore pragmas, for teams that ban suppressions (opt-in, as in hadolint). */
public final class IgnorePragmaUsed extends DockerfileRule {
    private static final Pattern PRAGMA = Pattern.compile("^(?:hadolint|trusty)\\s+(?:global\\s+|stage\\s+)?ignore\\s*=.*");
    public static final RuleInfo INFO = rule("TD069", "Inline ignore pragma used", Severity.INFO)
            .hadolint("DL1001").tags(OPT_IN)
            .why("Some teams require every suppression to go through the shared configuration, where it is reviewed.")
            .fix("Move the ignore to the configuration file.");

    public IgnorePragmaUsed() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Comment c : ctx.dockerfile().comments()) {
            if (PRAGMA.matcher(c.text()).matches()) {
                out.report(INFO, new Location.File(ctx.path(), c.line(), c.column(), c.line(), 0),
                        "inline ignore pragma: '# " + c.text() + "'");
            }
        }
    }
}
