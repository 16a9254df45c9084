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

/**
 * BuildKit SecretsUsedInArgOrEnv / Trivy DS031: ARG and ENV values are stored in the image config and
 * history, so a variable named like a credential leaks it to anyone who can pull the image.
 */
public final class SecretNameInArgOrEnv extends DockerfileRule {
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
    /** BuildKit's exemptions, kept exact so `check=skip` users see the same results as with docker build. */
    private static final Pattern ALLOWED = Pattern.compile("(?i)(?:^|_)(?:public|file|version)(?:_|$)");
    public static final RuleInfo INFO = rule("TD207", "Credential passed in ARG or ENV", Severity.HIGH)
            .trivy("DS031").buildkit("SecretsUsedInArgOrEnv").cis("4.10").cwe(522)
            .why("ARG and ENV values end up in the image configuration and build history, readable by anyone who can pull the image. "
                    + "Every stage, as BuildKit; Trivy's DS031 (final stage only, other words, credentials files and credential-setup RUNs too) is read beside it (below).")
            .fix("Pass secrets with RUN --mount=type=secret,id=<name> (docker build --secret id=<name>,src=...).");

    public SecretNameInArgOrEnv() {
        super(INFO);
    }

    static boolean looksSecret(String name, String lowerName) {
        return mayBeSecret(lowerName) && SECRET.matcher(name).find() && !ALLOWED.matcher(name).find();
    }

    /**
     * A cheap test every secret-looking name passes, run before the regex: each keyword holds one of these
     * (the regex's (?i) is ASCII-only, so an ASCII match is in the lower-case name too).
     */
    private static boolean mayBeSecret(String lowerName) {
        return lowerName.contains("key") || lowerName.contains("auth") || lowerName.contains("cred")
                || lowerName.contains("pass") || lowerName.contains("pword") || lowerName.contains("secret")
                || lowerName.contains("token");
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        for (BuildVariables.Declared d : BuildVariables.all(ctx)) {
            if (looksSecret(d.name(), d.lowerName())) {
                out.report(INFO, ctx.at(d.instruction(), d.nameArg().span().line() == d.nameArg().span().line()
                                ? nameSpan(d) : d.nameArg().span()),
                        "Do not use ARG or ENV instructions for sensitive data (" + d.kind() + " \"" + d.name()
                                + "\"): use RUN --mount=type=secret instead");
            }
        }
    }

    static Span nameSpan(BuildVariables.Declared d) {
        Span s = d.nameArg().span();
        return d.kind().equals("ARG") ? new Span(s.line(), s.column(), s.line(), s.column() + d.name().length()) : s;
    }
}
