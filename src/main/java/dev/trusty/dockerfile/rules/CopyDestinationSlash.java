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

/** DL3021: COPY of several sources needs a directory destination ending in '/'. */
public final class CopyDestinationSlash extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD021", "COPY of several sources to a destination without '/'", Severity.HIGH)
            .hadolint("DL3021").trivy("DS011")
            .why("With more than one source the destination must be a directory; the build fails otherwise.")
            .fix("End the destination with '/'.");

    public CopyDestinationSlash() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction copy : ctx.effective("copy")) {
            if (copy.args().size() > 2) {
                Arg dest = copy.args().getLast();
                String d = Paths.unquote(dest.value());
                if (!d.endsWith("/") && !d.endsWith("\\")) {
                    out.report(INFO, ctx.at(copy, dest), "COPY of " + (copy.args().size() - 1)
                            + " sources to '" + dest.value() + "': a destination directory must end with '/'");
                }
            }
        }
    }
}
