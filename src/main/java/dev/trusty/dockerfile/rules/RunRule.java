package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;

/** A rule that looks at each RUN (and ONBUILD RUN) on its own. */
public abstract class RunRule extends DockerfileRule {

    /** The command names, for the per-RUN test of files of more than 64 RUNs. */
    private final String[] watched;
    /** Their {@link Vocabulary} ids: the per-file test runs for every rule and file, so it reads bits, not maps. */
    private final int[] watchedIds;

    /** @param commandNames when given, RUNs running none of these commands are skipped without a look */
    protected RunRule(RuleInfo info, String... commandNames) {
        this(info, commandNames.clone(), Vocabulary.watch(commandNames));
    }

    /** Gated on a RUN running one of the commands, or on any RUN when none is named. */
    private RunRule(RuleInfo info, String[] watched, int[] watchedIds) {
        super(info, watched.length == 0 ? Vocabulary.keywordBits("run") : 0L, watchedIds);
        this.watched = watched;
        this.watchedIds = watchedIds;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        List<Instruction> runs = ctx.runs();
        long mask = watched.length == 0 ? -1L : ctx.runMask(watchedIds);
        if (mask == 0) {
            return;
        }
        // the mask names each RUN that runs a watched command, up to 64 RUNs; beyond, each RUN is asked
        boolean exact = watched.length > 0 && runs.size() <= Long.SIZE;
        for (int i = 0; i < runs.size(); i++) {
            Instruction run = runs.get(i);
            if (watched.length == 0 || (exact ? (mask >>> i & 1) != 0 : ctx.runsAny(run, watched))) {
                checkRun(ctx, run, ctx.commands(i), out);
            }
        }
    }

    protected abstract void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out);
}
