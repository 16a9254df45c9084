package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;

/**
 * A RUN rule about pip, which has too many names (pip3.12, python3.11 -m pip) for the command-name index
 * of {@link RunRule}: TD013 and TD042 share one walk per file that finds the RUNs running pip or python
 * under any name, instead of each walking every command of every RUN. (Their gate is any RUN: the linter's
 * gates are fixed bits, and a file without pip costs the rules one memo lookup.)
 */
abstract class PipRunRule extends RunRule {
    /** The memo key of {@link #pipRuns}. */
    private static final Object PIP_RUNS = new Object();

    PipRunRule(RuleInfo info) {
        super(info);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        long pip = pipRuns(ctx);
        List<Instruction> runs = ctx.runs();
        for (int i = 0; i < runs.size(); i++) {
            if ((pip >>> i & 1) != 0) {
                checkRun(ctx, runs.get(i), ctx.commands(i), out);
            }
        }
    }

    /**
     * Bit i set when the i-th of {@link LintContext#runs()} runs a command named pip or python followed by
     * digits and dots only (the names both rules read); every bit past 64 RUNs when any does.
     */
    static long pipRuns(LintContext ctx) {
        Long mask = ctx.memo(PIP_RUNS, PipRunRule::findPipRuns);
        return mask;
    }

    private static Long findPipRuns(LintContext ctx) {
        int count = ctx.runs().size();
        long mask = 0;
        for (int i = 0; i < count; i++) {
            List<ShellCommand> commands = ctx.commands(i);
            for (int k = 0; k < commands.size(); k++) {
                String name = commands.get(k).baseName();
                if (name.startsWith("p") && (PipUnpinned.isVersioned(name, "pip") || PipUnpinned.isVersioned(name, "python"))) {
                    mask |= count <= Long.SIZE ? 1L << i : -1L;
                    break;
                }
            }
        }
        return mask; // boxed once per file; a mask below 128 (up to 7 RUNs) is a cached Long
    }
}
