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

/** A value in ENV, ARG or LABEL that has the shape of a real credential (provider token formats). */
public final class SecretValueInArgOrEnv extends DockerfileRule {
    private static final List<Pattern> TOKENS = List.of(
            Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,76}\\b"),
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{82}\\b"),
            Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}"),
            Pattern.compile("\\bxox[bpears]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\\b[sr]k_live_[A-Za-z0-9]{10,}"),
            Pattern.compile("\\bdckr_(?:pat|oat)_[A-Za-z0-9_-]{27,}"),
            Pattern.compile("\\bnpm_[A-Za-z0-9]{36}\\b"),
            Pattern.compile("\\bsk-ant-(?:api|admin)\\d\\d-[A-Za-z0-9_-]{80,}"),
            Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}"),
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"),
            Pattern.compile("-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----"),
            Pattern.compile("://[^/\\s:@$]+:[^/\\s@$]{3,}@"));
    /** Text each pattern above cannot match without: values are searched with a regex only when they hold it. */
    private static final String[] LITERALS = {"A", "gh", "github_pat_", "glpat-", "xox", "k_live_", "dckr_", "npm_",
            "sk-ant-", "T3BlbkFJ", "AIza", "PRIVATE KEY-----", "@"};
    public static final RuleInfo INFO = rule("TD208", "Credential value in ARG, ENV or LABEL", Severity.CRITICAL)
            .cis("4.10").cwe(798)
            .why("The value is stored in the image config and history: anyone who can pull the image can read it.")
            .fix("Revoke the credential, remove it from the Dockerfile, and pass it with RUN --mount=type=secret.");

    public SecretValueInArgOrEnv() {
        super(INFO);
    }

    /** The kind of credential {@code value} looks like, or null. Never returns the value itself. */
    static String credentialKind(String value) {
        if (value == null || value.endsWith("EXAMPLE") || value.contains("EXAMPLEKEY")) {
            return null;
        }
        String[] kinds = {"AWS access key", "GitHub token", "GitHub token", "GitLab token", "Slack token", "Stripe key",
                "Docker Hub token", "npm token", "Anthropic key", "OpenAI key", "Google API key", "private key",
                "password in a URL"};
        for (int k = 0; k < TOKENS.size(); k++) {
            if (value.contains(LITERALS[k]) && TOKENS.get(k).matcher(value).find()) {
                return kinds[k];
            }
        }
        return null;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (BuildVariables.Declared d : BuildVariables.all(ctx)) {
            String kind = credentialKind(d.value());
            if (kind != null) {
                out.report(INFO, ctx.at(d.instruction(), d.valueArg()), d.kind() + " " + d.name() + " holds what looks like a "
                        + kind + " (value not shown): revoke it and use a build secret");
            }
        }
        for (Instruction label : ctx.effective("label")) {
            for (Instruction.KeyValue kv : label.keyValues()) {
                String kind = credentialKind(kv.value().value());
                if (kind != null) {
                    out.report(INFO, ctx.at(label, kv.value()), "LABEL " + Paths.unquote(kv.key().value())
                            + " holds what looks like a " + kind + " (value not shown)");
                }
            }
        }
    }
}
