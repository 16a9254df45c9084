package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.List;
import java.util.regex.Pattern;

/** A value in ENV, ARG or LABEL that has the shape of a real credential (provider token formats). */
public final class SecretValueInArgOrEnv extends DockerfileRule {
    /**
     * A provider's token format: the regex runs only on values at least {@code shortest} long (its shortest
     * match) that hold {@code literal} (text it cannot match without).
     */
    private record Token(String kind, String literal, int shortest, Pattern pattern) {
        Token(String kind, String literal, int shortest, String regex) {
            this(kind, literal, shortest, Pattern.compile(regex));
        }

        boolean foundIn(String value) {
            return value.length() >= shortest && value.contains(literal) && pattern.matcher(value).find();
        }
    }

    private static final List<Token> TOKENS = List.of(
            new Token("AWS access key", "A", 20, "\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b"),
            new Token("GitHub token", "gh", 40, "\\bgh[pousr]_[A-Za-z0-9]{36,76}\\b"),
            new Token("GitHub token", "github_pat_", 93, "\\bgithub_pat_[A-Za-z0-9_]{82}\\b"),
            new Token("GitLab token", "glpat-", 26, "\\bglpat-[A-Za-z0-9_-]{20,}"),
            new Token("Slack token", "xox", 15, "\\bxox[bpears]-[A-Za-z0-9-]{10,}"),
            new Token("Stripe key", "k_live_", 18, "\\b[sr]k_live_[A-Za-z0-9]{10,}"),
            new Token("Docker Hub token", "dckr_", 36, "\\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}"),
            new Token("npm token", "npm_", 40, "\\bnpm_[A-Za-z0-9]{36}\\b"),
            new Token("Anthropic key", "sk-ant-", 93, "\\bsk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{80,}"),
            new Token("OpenAI key", "T3BlbkFJ", 43, "\\bsk-[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}"),
            new Token("Google API key", "AIza", 39, "\\bAIza[0-9A-Za-z_-]{35}\\b"),
            new Token("private key", "PRIVATE KEY-----", 27, "-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"),
            new Token("password in a URL", "@", 9, "://[^/\\s:@$]+:[^/\\s@$]{3,}@"));
    /** The shortest match of all {@link #TOKENS} ("://u:pwd@"). */
    private static final int SHORTEST_MATCH = 9;
    public static final RuleInfo INFO = rule("TD208", "Credential value in ARG, ENV or LABEL", Severity.CRITICAL)
            .cis("4.10").cwe(798)
            .why("The value is stored in the image config and history: anyone who can pull the image can read it.")
            .fix("Revoke the credential, remove it from the Dockerfile, and pass it with RUN --mount=type=secret.");

    public SecretValueInArgOrEnv() {
        super(INFO);
    }

    /** The kind of credential {@code value} looks like, or null. Never returns the value itself. */
    static String credentialKind(String value) {
        if (value == null || !mayHoldCredential(value) || value.endsWith("EXAMPLE") || value.contains("EXAMPLEKEY")) {
            return null;
        }
        for (Token token : TOKENS) {
            if (token.foundIn(value)) {
                return token.kind();
            }
        }
        return null;
    }

    /**
     * A test every match of {@link #TOKENS} passes: each token is at least {@link #SHORTEST_MATCH}
     * long and holds 'A', '_', '-' or '@'. Most values (versions, paths, plain URLs) fail it.
     */
    private static boolean mayHoldCredential(String value) {
        return value.length() >= SHORTEST_MATCH && (value.indexOf('A') >= 0 || value.indexOf('_') >= 0
                || value.indexOf('-') >= 0 || value.indexOf('@') >= 0);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        // a value is cut from its ARG or unquoted only when it is long enough to hold a credential
        BuildVariables.eachDeclaration(ctx, (i, arg, args, k) -> {
            String text = args.get(k).value();
            if (arg) {
                int eq = text.indexOf('=');
                String kind = eq >= 0 && text.length() - eq - 1 >= SHORTEST_MATCH
                        ? credentialKind(Variables.argDefault(text)) : null;
                if (kind != null) {
                    report(ctx, out, i, args.get(k), "ARG " + text.substring(0, eq), kind);
                }
            } else {
                String value = args.get(k + 1).value();
                String kind = value.length() >= SHORTEST_MATCH ? credentialKind(Paths.unquote(value)) : null;
                if (kind != null) {
                    report(ctx, out, i, args.get(k + 1), "ENV " + text, kind);
                }
            }
        });
        for (Instruction label : ctx.effective("label")) {
            // the values of the (key, value, separator) triples, read in place as keyValues() reads them
            List<Arg> args = label.args();
            for (int value = 1; value + 1 < args.size(); value += 3) {
                String kind = credentialKind(args.get(value).value());
                if (kind != null) {
                    out.report(INFO, ctx.at(label, args.get(value)), "LABEL " + Paths.unquote(args.get(value - 1).value())
                            + " holds what looks like a " + kind + " (value not shown)");
                }
            }
        }
    }

    private static void report(LintContext ctx, FindingSink out, Instruction i, Arg valueArg, String declared, String kind) {
        out.report(INFO, ctx.at(i, valueArg), declared + " holds what looks like a " + kind
                + " (value not shown): revoke it and use a build secret");
    }
}
