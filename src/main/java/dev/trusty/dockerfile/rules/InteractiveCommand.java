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

/** DL3001: commands that make no sense in a build (interactive editors, process and service control). */
public final class InteractiveCommand extends RunRule {
    private static final Set<String> COMMANDS = Set.of("free", "kill", "mount", "ps", "service", "shutdown", "ssh",
            "top", "vim", "ifconfig");
    public static final RuleInfo INFO = rule("TD002", "RUN uses an interactive or system command", Severity.LOW)
            .hadolint("DL3001")
            .why("ssh, vim, service, shutdown and the like do nothing useful in a non-interactive build step.")
            .fix("Remove the command; install tools only where the image needs them.");

    public InteractiveCommand() {
        super(INFO, "free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim", "ifconfig");
    }

    @Override
    protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        for (ShellCommand c : commands) {
            if (COMMANDS.contains(c.name())) {
                out.report(INFO, ctx.at(run, c.script(), c.nameWord()), "'" + c.name()
                        + "' makes no sense in a Docker build");
                return;
            }
        }
    }
}
