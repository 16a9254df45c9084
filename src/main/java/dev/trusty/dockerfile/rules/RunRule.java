package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;

/** A rule that looks at each RUN (and ONBUILD RUN) on its own. */
public abstract class RunRule extends DockerfileRule {

    protected RunRule(RuleInfo info) {
        super(info);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction run : ctx.runs()) {
            checkRun(ctx, run, ctx.commands(run), out);
        }
    }

    protected abstract void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out);
}
