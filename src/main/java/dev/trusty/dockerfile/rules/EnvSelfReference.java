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

/** DL3044: ENV sees the values from before the instruction, not those set earlier in the same ENV. */
public final class EnvSelfReference extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD044", "ENV uses a variable set in the same ENV", Severity.HIGH)
            .hadolint("DL3044")
            .why("Variables set in one ENV are not visible to the rest of that ENV: the reference expands to the old value or nothing.")
            .fix("Split it into two ENV instructions.");

    public EnvSelfReference() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction env : ctx.effective("env")) {
            // a reference to the same ENV needs two pairs; the args are read in place (key, value, separator
            // triples, as keyValues() reads them) so that the common ENV costs no allocation
            List<Arg> args = env.args();
            if (args.size() < 6 || env.original().indexOf('$') < 0) {
                continue;
            }
            for (int value = 4; value + 1 < args.size(); value += 3) {
                String text = args.get(value).value();
                if (text.indexOf('$') < 0 || !containsKeyBefore(args, value, text)) {
                    continue; // the common case: no earlier key of this ENV even appears in the value
                }
                for (String ref : Variables.references(text)) {
                    if (isKeyBefore(args, value, ref) && !definedBefore(ctx, env, ref)) {
                        out.report(INFO, ctx.at(env, args.get(value)), "ENV " + args.get(value - 1).value() + " uses $" + ref
                                + ", set earlier in the same ENV, where it still has its old value: split it into two ENV instructions");
                    }
                }
            }
        }
    }

    /** True when {@code text} holds the key of a pair before the value at {@code value}: a cheap filter before the exact scan. */
    private static boolean containsKeyBefore(List<Arg> args, int value, String text) {
        for (int key = 0; key < value - 1; key += 3) {
            if (text.contains(args.get(key).value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKeyBefore(List<Arg> args, int value, String name) {
        for (int key = 0; key < value - 1; key += 3) {
            if (args.get(key).value().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an ARG or ENV before {@code env} in its scope declares {@code name}. The scope is its stage;
     * instructions before the first FROM form a scope of their own, as hadolint checks them too.
     */
    private static boolean definedBefore(LintContext ctx, Instruction env, String name) {
        Stage stage = ctx.stageOf(env);
        Instruction top = ctx.topLevel(env);
        for (Instruction before : stage == null ? ctx.preamble() : stage.instructions()) {
            if (before == top) {
                return false;
            }
            Instruction i = before.effective();
            if (i.is("arg")) {
                for (Arg a : i.args()) {
                    if (Variables.argName(a.value()).equals(name)) {
                        return true;
                    }
                }
            } else if (i.is("env")) {
                for (Instruction.KeyValue kv : i.keyValues()) {
                    if (kv.key().value().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
