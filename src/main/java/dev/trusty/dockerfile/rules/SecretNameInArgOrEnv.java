package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Arg;
import dev.trusty.dockerfile.syntax.Instruction;
import dev.trusty.dockerfile.syntax.Span;

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

    /** The words one of which every name {@link #SECRET} matches holds (its (?i) is ASCII-only). */
    private static final WordScan KEYWORD_PARTS = new WordScan("key", "auth", "cred", "pass", "pword", "secret", "token");

    static boolean looksSecret(String name) {
        return SECRET.matcher(name).find() && !ALLOWED.matcher(name).find();
    }

    /**
     * A cheap test every secret-looking name passes, run in place before the name is cut and the regex run:
     * each keyword of {@link #SECRET} holds one of {@link #KEYWORD_PARTS} in ASCII letters of either case.
     */
    static boolean mayBeSecret(String s, int end) {
        return KEYWORD_PARTS.foundIn(s, end);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        BuildVariables.eachDeclaration(ctx, (i, arg, args, k) -> {
            String text = args.get(k).value();
            int end = arg ? WordScan.argNameEnd(text) : text.length();
            if (mayBeSecret(text, end)) {
                report(ctx, out, i, arg ? "ARG" : "ENV", args.get(k), text.substring(0, end));
            }
        });
    }

    private static void report(LintContext ctx, FindingSink out, Instruction i, String kind, Arg nameArg, String name) {
        if (looksSecret(name)) {
            out.report(INFO, ctx.at(i, nameSpan(kind, nameArg, name)), "Do not use ARG or ENV instructions for sensitive data ("
                    + kind + " \"" + name + "\"): use RUN --mount=type=secret instead");
        }
    }

    static Span nameSpan(BuildVariables.Declared d) {
        return nameSpan(d.kind(), d.nameArg(), d.name());
    }

    /** An ARG's name without its default; an ENV's key as written. */
    static Span nameSpan(String kind, Arg nameArg, String name) {
        Span s = nameArg.span();
        return kind.equals("ARG") ? new Span(s.line(), s.column(), s.line(), s.column() + name.length()) : s;
    }
}
