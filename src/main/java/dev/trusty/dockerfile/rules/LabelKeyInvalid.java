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

/** DL3048: label keys follow Docker's naming guidance and stay out of Docker's reserved namespaces. */
public final class LabelKeyInvalid extends DockerfileRule {
    public static final RuleInfo INFO = rule("TD048", "Invalid label key", Severity.INFO)
            .hadolint("DL3048")
            .why("Keys outside lower-case letters, digits, dots and dashes, or in com.docker./io.docker./org.dockerproject., break tooling that reads labels.")
            .fix("Use reverse-DNS keys such as org.opencontainers.image.source.");

    public LabelKeyInvalid() {
        super(INFO);
    }

    static String problem(String key) {
        if (key.startsWith("com.docker.") || key.startsWith("io.docker.") || key.startsWith("org.dockerproject.")) {
            return "uses a namespace reserved by Docker";
        }
        if (key.isEmpty()) {
            return "is empty";
        }
        char first = key.charAt(0);
        char last = key.charAt(key.length() - 1);
        if (!(first >= 'a' && first <= 'z')) {
            return "must start with a lower-case letter";
        }
        if (!(last >= 'a' && last <= 'z' || last >= '0' && last <= '9')) {
            return "must end with a lower-case letter or digit";
        }
        boolean repeats = false; // reported only when every character is allowed
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
                return "may only hold lower-case letters, digits, '.' and '-'";
            }
            repeats |= (c == '.' || c == '-') && i > 0 && key.charAt(i - 1) == c;
        }
        return repeats ? "must not repeat '.' or '-'" : null;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (Instruction label : ctx.effective("label")) {
            // the keys of the (key, value, separator) triples, read in place as keyValues() reads them
            List<Arg> args = label.args();
            for (int key = 0; key + 2 < args.size(); key += 3) {
                String text = Paths.unquote(args.get(key).value());
                String problem = problem(text);
                if (problem != null) {
                    out.report(INFO, ctx.at(label, args.get(key)), "label key '" + text + "' " + problem);
                }
            }
        }
    }
}
