package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Fix;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** BuildKit UndefinedArgInFrom: FROM may only use ARGs declared before the first FROM. */
public final class UndefinedArgInFrom extends DockerfileRule {
    static final Set<String> BUILTIN = builtin();
    public static final RuleInfo INFO = rule("TD105", "FROM uses an undeclared ARG", Severity.MEDIUM)
            .buildkit("UndefinedArgInFrom")
            .why("Only ARGs declared before the first FROM are visible in FROM; anything else expands to an empty string.")
            .fix("Declare the ARG (with a default) before the first FROM.");

    /** The automatic platform ARGs, and the two other names BuildKit defines for FROM. */
    private static Set<String> builtin() {
        Set<String> names = new java.util.HashSet<>(StageBases.PLATFORM_ARGS);
        names.add("TARGETSTAGE");
        names.add("BUILDKIT_SYNTAX");
        return Set.copyOf(names);
    }

    public UndefinedArgInFrom() {
        super(INFO);
    }

    /** What BuildKit suggests from: the global ARGs and the automatic platform ARGs. */
    private static Set<String> suggestable(Set<String> globals) {
        Set<String> all = new java.util.TreeSet<>(globals);
        all.addAll(StageBases.PLATFORM_ARGS);
        return all;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Set<String> globals = null; // looked up for the first FROM with a variable: most FROMs have none
        for (Stage s : ctx.stages()) {
            if (!hasVariable(s.from())) {
                continue;
            }
            if (globals == null) {
                globals = BuildVariables.globalDefaults(ctx).keySet();
            }
            List<Arg> words = new ArrayList<>();
            if (s.imageArg() != null) {
                words.add(s.imageArg());
            }
            for (Flag f : s.from().flags()) {
                if (f.value() != null) {
                    words.add(new Arg(f.value(), f.span()));
                }
            }
            for (Arg w : words) {
                for (String ref : Variables.references(w.value())) {
                    if (!globals.contains(ref) && !BUILTIN.contains(ref)) {
                        String near = UndefinedVar.nearest(ref, suggestable(globals));
                        out.report(INFO, ctx.at(s.from(), w.span()), "FROM argument '" + ref + "' is not declared"
                                + (near == null ? "" : " (did you mean " + near + "?)")
                                + ": declare it with ARG before the first FROM");
                    }
                }
            }
        }
    }

    /** True when the image or a flag value of {@code from} has a {@code $}: only then can it reference an ARG. */
    private static boolean hasVariable(Instruction from) {
        if (!from.args().isEmpty() && from.args().getFirst().value().indexOf('$') >= 0) {
            return true;
        }
        for (Flag f : from.flags()) {
            if (f.value() != null && f.value().indexOf('$') >= 0) {
                return true;
            }
        }
        return false;
    }
}
