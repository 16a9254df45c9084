package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;
import java.util.Locale;

/**
 * BuildKit JSONArgsRecommended: shell-form CMD or ENTRYPOINT while the image has no SHELL set. A SHELL
 * anywhere before it in the stage, or in a stage it is built FROM, silences it (the author chose the shell);
 * hadolint's DL3025 (TD025) ignores SHELL, so the BuildKit check is a rule of its own.
 */
public final class JsonArgsRecommended extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD110", "CMD/ENTRYPOINT in shell form without a SHELL", Severity.MEDIUM)
            .buildkit("JSONArgsRecommended")
            .why("In shell form the process runs under /bin/sh -c as PID 1, so SIGTERM never reaches it and stops "
                    + "take the full timeout.")
            .fix("Use the JSON form: CMD [\"executable\", \"arg\"], or set SHELL explicitly if a shell is meant.");

    public JsonArgsRecommended() {
        super(INFO, "cmd", "entrypoint");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Stage stage : ctx.stages()) {
            // a reading BuildKit reports by default, so it runs for every file: a stage without a shell-form
            // CMD or ENTRYPOINT (most, JSON form is usual) is passed on the stage's keyword index
            if (!hasShellForm(stage.effective("cmd")) && !hasShellForm(stage.effective("entrypoint"))) {
                continue;
            }
            boolean shellSet = shellSet(stage.parent());
            for (Instruction i : stage.instructions()) { // ONBUILD triggers run in another build
                if (i.is("shell")) {
                    shellSet = true;
                } else if ((i.is("cmd") || i.is("entrypoint")) && !i.json() && !shellSet) {
                    out.report(INFO, ctx.at(i, i.keywordSpan()), "JSON arguments recommended for "
                            + i.keyword().toUpperCase(Locale.ROOT) + " to prevent unintended behavior related to OS signals");
                }
            }
        }
    }

    private static boolean hasShellForm(List<Instruction> commands) {
        for (int k = 0; k < commands.size(); k++) {
            if (!commands.get(k).json()) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code stage} or a stage it is built FROM sets SHELL: the image config carries it on. */
    private static boolean shellSet(Stage stage) {
        for (Stage s = stage; s != null; s = s.parent()) {
            for (Instruction i : s.instructions()) {
                if (i.is("shell")) {
                    return true;
                }
            }
        }
        return false;
    }
}
