package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DL4006: a pipeline's status is its last command's, so a failing curl in {@code curl | tar} passes.
 * Better than hadolint: a RUN that sets {@code -o pipefail} itself is fine, and heredoc RUNs are judged
 * by their body.
 */
public final class Pipefail extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD076", "Pipe in RUN without -o pipefail", Severity.MEDIUM)
            .hadolint("DL4006")
            .why("Without pipefail only the last command of a pipe decides success, so failures early in the pipe pass silently.")
            .fix("Set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN, or start it with set -o pipefail.");
    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "zsh", "ash");
    private static final Set<String> NON_POSIX = Set.of("pwsh", "powershell", "cmd", "cmd.exe", "powershell.exe", "pwsh.exe");
    /** The message for the default shell, where it fires most (a third of typical files): built once. */
    private static final String DEFAULT_SHELL_MESSAGE = message(Shells.DEFAULT);

    public Pipefail() {
        super(INFO, "run");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (ctx.pragmaShell() != null && isNonPosix(List.of(ctx.pragmaShell()))) {
            return;
        }
        if (!anyUnguardedPipe(ctx)) {
            return; // two thirds of typical files: no walk of the stages and their shells
        }
        for (Stage stage : ctx.stages()) {
            List<String> shell = Shells.initial(stage);
            for (Instruction top : stage.instructions()) {
                Instruction i = top.effective();
                if (top.is("shell")) {
                    shell = top.argValues();
                    continue;
                }
                if (!i.is("run") || i.json()) {
                    continue;
                }
                // the shell is judged only for RUNs with a pipe: most have none
                if (unguardedPipe(ctx.scripts(i)) && !isNonPosix(shell) && !hasPipefail(shell)) {
                    out.report(INFO, ctx.at(i, i.keywordSpan()), shell == Shells.DEFAULT ? DEFAULT_SHELL_MESSAGE : message(shell));
                }
            }
        }
    }

    /** True when some shell-form RUN of the file has a pipe it does not guard itself. */
    private static boolean anyUnguardedPipe(LintContext ctx) {
        List<Instruction> runs = ctx.runs();
        for (int k = 0; k < runs.size(); k++) {
            if (!runs.get(k).json() && unguardedPipe(ctx.scripts(runs.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** True when one of a RUN's scripts has a pipe and does not set pipefail itself. */
    private static boolean unguardedPipe(List<ShellScript> scripts) {
        for (int n = 0; n < scripts.size(); n++) {
            ShellScript script = scripts.get(n);
            if (script.hasPipe() && !setsPipefail(script)) {
                return true;
            }
        }
        return false;
    }

    private static String message(List<String> shell) {
        String written = String.join(" ", shell);
        if (written.contains("pipefail")) {
            return "RUN with a pipe while the shell (" + written
                    + ") may not honour -o pipefail: use bash, zsh or ash in SHELL";
        }
        return "RUN with a pipe while the shell (" + written + ") lacks -o pipefail";
    }

    static boolean isNonPosix(List<String> shell) {
        if (shell.isEmpty()) {
            return false;
        }
        String exe = shell.getFirst().toLowerCase(Locale.ROOT);
        int slash = Math.max(exe.lastIndexOf('/'), exe.lastIndexOf('\\'));
        return NON_POSIX.contains(exe.substring(slash + 1));
    }

    /**
     * Like hadolint, only bash, zsh and ash count as honouring {@code -o pipefail}: /bin/sh may be a
     * dash that rejects it. Unlike hadolint, any directory is accepted (/usr/bin/bash too).
     */
    static boolean hasPipefail(List<String> shell) {
        if (shell.isEmpty()) {
            return false;
        }
        String exe = shell.getFirst();
        if (!PIPEFAIL_SHELLS.contains(exe.substring(exe.lastIndexOf('/') + 1))) {
            return false;
        }
        for (int i = 0; i + 1 < shell.size(); i++) {
            if (shell.get(i).startsWith("-") && shell.get(i).endsWith("o") && shell.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }

    private static boolean setsPipefail(ShellScript script) {
        for (ShellCommand c : script.commands()) {
            if (c.is("set")) {
                List<ShellWord> a = c.args();
                int o = -1;
                for (int k = 0; k < a.size(); k++) {
                    if (a.get(k).text().startsWith("-") && a.get(k).text().endsWith("o")) {
                        o = k;
                    }
                }
                if (o >= 0 && o + 1 < a.size() && a.get(o + 1).text().equals("pipefail")) {
                    return true;
                }
            }
            if (c.pipesOut() || c.pipedInto()) {
                return false;
            }
        }
        return false;
    }
}
