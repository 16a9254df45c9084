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

/** BuildKit LegacyKeyValueFormat: "ENV key value" is deprecated. */
public final class LegacyKeyValue extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD107", "Legacy 'KEY value' form in ENV/LABEL", Severity.INFO)
            .buildkit("LegacyKeyValueFormat")
            .why("The space-separated form is deprecated and ambiguous with values containing spaces.")
            .fix("Write KEY=value.");

    public LegacyKeyValue() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        check(ctx, ctx.effective("env"), out);
        check(ctx, ctx.effective("label"), out);
    }

    private void check(LintContext ctx, List<Instruction> instructions, FindingSink out) {
        for (int n = 0; n < instructions.size(); n++) {
            Instruction i = instructions.get(n);
            // the pairs first: most have '=', and then no lookup of the instruction's ONBUILD parent is needed
            if (!hasLegacyPair(i) || ctx.topLevel(i) != i) {
                continue; // not ONBUILD triggers: BuildKit keeps them as text
            }
            for (Instruction.KeyValue kv : i.keyValues()) {
                if (kv.legacy()) {
                    String kw = i.keyword().toUpperCase(Locale.ROOT);
                    Span k = kv.key().span();
                    Span v = kv.value().span();
                    Fix fix = k.line() == v.line() ? Fix.edits("use key=value", new Fix.Edit(k.line(), k.endColumn(),
                            v.line(), v.column(), "=")) : null;
                    String value = kv.value().value();
                    Fix f = value.matches("[^\\s\"'\\\\$]*") ? fix : null;
                    out.report(INFO, ctx.at(i, kv.key()), "\"" + kw + " key=value\" should be used instead of legacy \""
                            + kw + " key value\" format", f);
                }
            }
        }
    }

    /** True when a pair has the "KEY value" form (its separator is empty), read in place without keyValues(). */
    private static boolean hasLegacyPair(Instruction i) {
        List<Arg> args = i.args();
        for (int sep = 2; sep < args.size(); sep += 3) {
            if (args.get(sep).value().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
