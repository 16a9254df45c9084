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

    private static List<Declared> declarations(LintContext ctx) {
        List<Declared> out = new ArrayList<>();
        for (Instruction i : ctx.effectiveInstructions()) {
            if (i.is("arg")) {
                for (Arg a : i.args()) {
                    out.add(new Declared(i, "ARG", Variables.argName(a.value()), Variables.argDefault(a.value()), a, a));
                }
            } else if (i.is("env")) {
                for (Instruction.KeyValue kv : i.keyValues()) {
                    out.add(new Declared(i, "ENV", kv.key().value(), Paths.unquote(kv.value().value()), kv.key(), kv.value()));
                }
            }
        }
        return List.copyOf(out);
    }
}
