package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** DL3033: yum install without name-version. hadolint accepts any '-' in the name; so do we, for parity. */
public final class YumUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD033", "yum install without pinned versions", Severity.MEDIUM)
            .hadolint("DL3033")
            .why("Unpinned packages make builds unreproducible.")
            .fix("Pin versions: yum install -y httpd-2.4.57.");

    private static final Set<String> TOOLS = Set.of("yum");

    public YumUnpinned() {
        super(INFO, "yum");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        RpmInstalls.report(ctx, run, commands, INFO, TOOLS, out);
    }
}
