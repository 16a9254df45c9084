package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/** A rule that looks at each RUN (and ONBUILD RUN) on its own. */
public abstract class RunRule extends DockerfileRule {

    private final Set<String> commandNames;

    /** @param commandNames when given, RUNs running none of these commands are skipped without a look */
    protected RunRule(RuleInfo info, String... commandNames) {
        super(info);
        this.commandNames = Set.of(commandNames);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction run : ctx.runs()) {
            if (commandNames.isEmpty() || !Collections.disjoint(commandNames, ctx.commandNames(run))) {
                checkRun(ctx, run, ctx.commands(run), out);
            }
        }
    }

    protected abstract void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out);
}
