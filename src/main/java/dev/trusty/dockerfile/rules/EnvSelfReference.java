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
        if (!anyEnvReference(ctx)) {
            return; // no ENV value uses a variable: nothing to report
        }
        // Instructions before the first FROM form a scope of their own, as hadolint checks them too.
        check(ctx, ctx.preamble(), out);
        for (Stage stage : ctx.stages()) {
            check(ctx, stage.instructions(), out);
        }
    }

    private static boolean anyEnvReference(LintContext ctx) {
        for (Instruction env : ctx.effective("env")) {
            if (env.original().indexOf('$') >= 0) {
                return true;
            }
        }
        return false;
    }

    private void check(LintContext ctx, List<Instruction> scope, FindingSink out) {
        Set<String> defined = new HashSet<>();
        for (Instruction top : scope) {
            Instruction i = top.effective();
            if (i.is("arg")) {
                for (Arg a : i.args()) {
                    defined.add(Variables.argName(a.value()));
                }
            }
            if (!i.is("env")) {
                continue;
            }
            Set<String> here = new HashSet<>();
            for (Instruction.KeyValue kv : i.keyValues()) {
                if (here.isEmpty() || kv.value().value().indexOf('$') < 0) {
                    here.add(kv.key().value()); // no earlier key of this ENV to refer to, or no reference
                    continue;
                }
                for (String ref : Variables.references(kv.value().value())) {
                    if (here.contains(ref) && !defined.contains(ref)) {
                        out.report(INFO, ctx.at(i, kv.value()), "ENV " + kv.key().value() + " uses $" + ref
                                + ", set earlier in the same ENV, where it still has its old value: split it into two ENV instructions");
                    }
                }
                here.add(kv.key().value());
            }
            defined.addAll(here);
        }
    }
}
