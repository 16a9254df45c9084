package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** ARG and ENV declarations with their name, value and where they are. */
final class BuildVariables {
    private BuildVariables() {
    }

    /** One declared variable. */
    record Declared(Instruction instruction, String kind, String name, String value, Arg nameArg, Arg valueArg) {
    }

    /** What a rule does with one ARG word or ENV key, read in place by {@link #eachDeclaration}. */
    interface Declaration {
        /**
         * @param i    the ARG or ENV (an ONBUILD trigger as the instruction it wraps)
         * @param arg  true for an ARG: {@code args.get(k)} is {@code NAME[=default]}; false for an ENV:
         *             {@code args.get(k)} is a key and {@code args.get(k + 1)} its value, as written
         */
        void at(Instruction i, boolean arg, List<Arg> args, int k);
    }

    /**
     * Hands every ARG word, then every ENV key, to {@code each}, without the records of {@link #all}: rules
     * that read each name or value once cost less this way than the memo they would be first to build.
     */
    static void eachDeclaration(LintContext ctx, Declaration each) {
        List<Instruction> argLines = ctx.effective("arg"); // indexed loops: no iterators
        for (int n = 0; n < argLines.size(); n++) {
            List<Arg> args = argLines.get(n).args();
            for (int k = 0; k < args.size(); k++) {
                each.at(argLines.get(n), true, args, k);
            }
        }
        List<Instruction> envs = ctx.effective("env");
        for (int n = 0; n < envs.size(); n++) {
            List<Arg> args = envs.get(n).args(); // (key, value, separator) triples, as keyValues() reads them
            for (int k = 0; k + 2 < args.size(); k += 3) {
                each.at(envs.get(n), false, args, k);
            }
        }
    }

    /** Every ARG and ENV declaration of the file, computed once per file for all the rules that read them. */
    static List<Declared> all(LintContext ctx) {
        return ctx.memo(BuildVariables.class, BuildVariables::declarations);
    }

    /**
     * The global ARGs (before the first FROM) with their defaults as written (null without one), computed
     * once per file. Read-only.
     */
    static Map<String, String> globalDefaults(LintContext ctx) {
        return ctx.memo(GLOBAL_DEFAULTS, c -> {
            Map<String, String> defaults = new HashMap<>();
            for (Instruction i : c.preamble()) {
                if (i.is("arg")) {
                    for (Arg a : i.args()) {
                        defaults.put(Variables.argName(a.value()), Variables.argDefault(a.value()));
                    }
                }
            }
            return defaults;
        });
    }

    private static final Object GLOBAL_DEFAULTS = new Object();

    /**
     * In file order; read-only (shared through the memo). The ARGs and ENVs come from the context's index
     * by keyword, merged by line (one instruction starts per line), instead of testing every instruction.
     */
    private static List<Declared> declarations(LintContext ctx) {
        List<Instruction> args = ctx.effective("arg");
        List<Instruction> envs = ctx.effective("env");
        List<Declared> out = new ArrayList<>();
        int a = 0;
        int e = 0;
        while (a < args.size() || e < envs.size()) {
            if (e == envs.size() || a < args.size() && args.get(a).line() < envs.get(e).line()) {
                Instruction i = args.get(a++);
                for (Arg arg : i.args()) {
                    out.add(new Declared(i, "ARG", Variables.argName(arg.value()), Variables.argDefault(arg.value()), arg, arg));
                }
            } else {
                Instruction i = envs.get(e++);
                List<Arg> words = i.args(); // (key, value, separator) triples, read in place: no pair objects
                for (int k = 0; k + 2 < words.size(); k += 3) {
                    Arg key = words.get(k);
                    Arg value = words.get(k + 1);
                    out.add(new Declared(i, "ENV", key.value(), Paths.unquote(value.value()), key, value));
                }
            }
        }
        return out;
    }
}
