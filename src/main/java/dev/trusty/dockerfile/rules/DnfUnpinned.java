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

/** DL3041: dnf/microdnf install without name-version (module streams name:stream are pinned). */
public final class DnfUnpinned extends RunRule {
    public static final RuleInfo INFO = rule("TD041", "dnf install without pinned versions", Severity.MEDIUM)
            .hadolint("DL3041")
            .why("Unpinned packages make builds unreproducible.")
            .fix("Pin versions: dnf install -y httpd-2.4.57.");

    private static final Set<String> TOOLS = Set.of("dnf", "microdnf");

    public DnfUnpinned() {
        super(INFO, "dnf", "microdnf");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        RpmInstalls.report(ctx, run, commands, INFO, TOOLS, out);
    }
}
