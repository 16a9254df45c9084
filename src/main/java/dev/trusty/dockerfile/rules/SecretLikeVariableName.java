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

/** DL3064: ARG or ENV named like it holds a secret (hadolint's list of words). */
public final class SecretLikeVariableName extends DockerfileRule {
    private static final List<String> WORDS = List.of("password", "passwd", "secret", "api_key", "apikey", "api-key",
            "private_key", "privatekey", "private-key", "access_key", "accesskey", "auth_token", "token", "credential");
    public static final RuleInfo INFO = rule("TD064", "ARG/ENV name suggests a secret", Severity.MEDIUM)
            .hadolint("DL3064").cwe(522)
            .why("Values of ARG and ENV are visible in the image history and config.")
            .fix("Use RUN --mount=type=secret for credentials.");

    public SecretLikeVariableName() {
        super(INFO);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (BuildVariables.Declared d : BuildVariables.all(ctx)) {
            for (String w : WORDS) {
                if (d.lowerName().contains(w)) {
                    out.report(INFO, ctx.at(d.instruction(), SecretNameInArgOrEnv.nameSpan(d)), d.kind() + " " + d.name()
                            + " looks like it carries a secret: use a build secret mount instead");
                    break;
                }
            }
        }
    }
}
