package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.Locale;

/** DL3064: ARG or ENV named like it holds a secret (hadolint's list of words). */
public final class SecretLikeVariableName extends DockerfileRule {
    private static final String[] WORDS = {"password", "passwd", "secret", "api_key", "apikey", "api-key",
            "private_key", "privatekey", "private-key", "access_key", "accesskey", "auth_token", "token", "credential"};
    private static final WordScan SCAN = new WordScan(WORDS);
    public static final RuleInfo INFO = rule("TD064", "ARG/ENV name suggests a secret", Severity.MEDIUM)
            .hadolint("DL3064").cwe(522)
            .why("Values of ARG and ENV are visible in the image history and config.")
            .fix("Use RUN --mount=type=secret for credentials.");

    public SecretLikeVariableName() {
        super(INFO);
    }

    /**
     * Whether the name {@code s} (up to {@code end}) holds one of the words once lower-cased. An ASCII name, as
     * good as every one, is scanned in place; any other is lower-cased as the rule always did (Locale.ROOT
     * turns 'İ' into two characters), so the two ways agree ({@code SecretNamesTest}).
     */
    static boolean looksSecret(String s, int end) {
        if (WordScan.isAscii(s, end)) {
            return SCAN.foundIn(s, end);
        }
        String lower = s.substring(0, end).toLowerCase(Locale.ROOT);
        for (String w : WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        BuildVariables.eachDeclaration(ctx, (i, arg, args, k) -> {
            String text = args.get(k).value();
            int end = arg ? WordScan.argNameEnd(text) : text.length();
            if (looksSecret(text, end)) {
                report(ctx, out, i, arg ? "ARG" : "ENV", args.get(k), text.substring(0, end));
            }
        });
    }

    private static void report(LintContext ctx, FindingSink out, Instruction i, String kind, Arg nameArg, String name) {
        out.report(INFO, ctx.at(i, SecretNameInArgOrEnv.nameSpan(kind, nameArg, name)), kind + " " + name
                + " looks like it carries a secret: use a build secret mount instead");
    }
}
