package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.GoText;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * BuildKit WorkdirRelativePath: a relative WORKDIR before any WORKDIR in the stage (or the stage it is built
 * FROM) resolves against the base image's directory. Unlike DL3000 (TD001), a relative WORKDIR after another
 * WORKDIR is fine, so the two tools disagree and this is a rule of its own.
 */
public final class WorkdirRelativePath extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD106", "Relative WORKDIR before any WORKDIR in the stage", Severity.MEDIUM)
            .buildkit("WorkdirRelativePath")
            .why("The first WORKDIR of a stage resolves against the base image's working directory, which changes "
                    + "when the base image does.")
            .fix("Make the stage's first WORKDIR absolute, e.g. WORKDIR /app.");

    public WorkdirRelativePath() {
        super(INFO, "workdir");
    }

    private static boolean allLiterallyAbsolute(LintContext ctx) {
        for (Instruction w : ctx.effective("workdir")) {
            if (!w.args().isEmpty() && !w.args().getFirst().value().startsWith("/")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        if (allLiterallyAbsolute(ctx)) {
            return; // no WORKDIR can be relative, whatever the variables hold: most files
        }
        Map<String, String> globals = BuildVariables.globalDefaults(ctx);
        Map<Stage, Map<String, String>> finalValues = new HashMap<>();
        Set<Stage> setsWorkdir = new HashSet<>();
        for (Stage stage : ctx.stages()) {
            // BuildKit's stage state starts as the parent stage's: its WORKDIR and variables count here
            boolean set = stage.parent() != null && setsWorkdir.contains(stage.parent());
            Map<String, String> values = new HashMap<>(finalValues.getOrDefault(stage.parent(), Map.of()));
            for (Instruction i : stage.instructions()) { // ONBUILD WORKDIR runs in another build
                if (i.is("arg")) {
                    for (Arg a : i.args()) {
                        String name = Variables.argName(a.value());
                        String value = a.value().contains("=") ? Variables.argDefault(a.value()) : globals.get(name);
                        values.put(name, value);
                    }
                } else if (i.is("env")) {
                    i.keyValues().forEach(kv -> values.put(kv.key().value(), Paths.unquote(kv.value().value())));
                } else if (i.is("workdir") && !i.args().isEmpty()) {
                    String path = i.args().getFirst().value();
                    String expanded = expanded(path, values);
                    if (!set && expanded != null && !WorkdirAbsolute.isAbsolute(expanded)) {
                        out.report(INFO, ctx.at(i, i.keywordSpan()), "Relative workdir " + GoText.quote(expanded)
                                + " can have unexpected results if the base image changes");
                    }
                    set = true;
                }
            }
            finalValues.put(stage, values);
            if (set) {
                setsWorkdir.add(stage);
            }
        }
    }

    /** The path as BuildKit expands it, or null when it uses a variable whose value is not known here. */
    private static String expanded(String path, Map<String, String> values) {
        if (path.indexOf('$') < 0) {
            return path;
        }
        for (String name : Variables.references(path)) {
            if (values.get(name) == null || values.get(name).contains("$")) {
                return null; // the base image's env, a build arg, or a nested reference: unknown offline
            }
        }
        return Expand.expand(path, values::get);
    }
}
