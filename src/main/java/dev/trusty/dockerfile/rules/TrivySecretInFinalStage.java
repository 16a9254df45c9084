package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Trivy DS031, final stage only: an ARG or ENV named like a credential (one of its '_'-separated words
 * is a secret word, none is 'public'), a COPY writing the file a credentials-file variable names, or a
 * RUN that logs a cloud CLI in with a credential on its command line without a secret mount. TD207 is BuildKit's SecretsUsedInArgOrEnv: every stage, other words.
 * A reading of ToolReadings: it narrows the aliases of its rule's findings, and reports lines of its own with {@code --enable DS031}.
 */
public final class TrivySecretInFinalStage extends DockerfileRule {
    private static final Set<String> SECRET_WORDS = Set.of("apikey", "auth", "credential", "credentials", "key",
            "password", "pword", "passwd", "secret", "token", "usr", "psw");
    private static final List<Pattern> CREDENTIAL_SETUP = List.of(
            Pattern.compile("\\baws\\s+configure\\s+set\\s+aws_"),
            Pattern.compile("\\bgcloud\\s+auth\\s+activate-service-account\\b"),
            Pattern.compile("\\baz\\s+login\\b.*\\s(-p|--password)\\b"),
            Pattern.compile("\\bdoctl\\s+auth\\s+init\\b.*\\s(-t|--access-token)\\b"));
    /** Variables that name a credentials file: copying that file in is DS031's part (b). */
    private static final Set<String> CREDENTIAL_FILE_VARIABLES = Set.of("AWS_CONFIG_FILE", "HF_TOKEN_PATH",
            "GOOGLE_APPLICATION_CREDENTIALS");
    public static final RuleInfo INFO = rule("TD135", "Credential in the final stage's ARG, ENV, COPY or RUN", Severity.HIGH)
            .trivy("DS031").cwe(522)
            .why("Trivy's DS031 check: ARG and ENV values and RUN command lines are kept in the image config and history, and a copied credentials file in a layer. "
                    + "It looks at the final stage only; TD207 (BuildKit's SecretsUsedInArgOrEnv) looks at every stage.")
            .fix("Pass secrets with RUN --mount=type=secret,id=<name> (docker build --secret id=<name>,src=...).");

    public TrivySecretInFinalStage() {
        super(INFO);
    }

    /** Whether a COPY to {@code dest} writes {@code path}: the same path, or a directory holding it. */
    private static boolean writes(String dest, String path) {
        return !path.isEmpty() && (dest.equals(path) || dest.endsWith("/") && path.startsWith(dest));
    }

    static boolean secretName(String name) {
        List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("_"));
        return !words.contains("public") && words.stream().anyMatch(SECRET_WORDS::contains);
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        Stage last = ctx.finalStage();
        if (last == null) {
            return;
        }
        Map<String, String> credentialFiles = new HashMap<>();
        for (BuildVariables.Declared d : BuildVariables.all(ctx)) {
            if (d.instruction() != ctx.topLevel(d.instruction()) || ctx.stageOf(d.instruction()) != last) {
                continue;
            }
            if (secretName(d.name())) {
                out.report(INFO, ctx.at(d.instruction(), SecretNameInArgOrEnv.nameSpan(d)), d.kind() + " " + d.name()
                        + " is kept in the image: use RUN --mount=type=secret instead");
            }
            if (CREDENTIAL_FILE_VARIABLES.contains(d.name())) {
                credentialFiles.put(d.name(), d.value() == null ? "" : d.value());
            }
        }
        for (Instruction copy : last.instructions()) {
            if (copy.is("copy") && copy.args().size() >= 2) {
                String dest = Paths.unquote(copy.args().getLast().value());
                credentialFiles.forEach((name, path) -> {
                    if (writes(dest, path) || Variables.references(dest).contains(name)) {
                        out.report(INFO, ctx.at(copy, copy.args().getLast()), "COPY writes the credentials file that "
                                + name + " names: it is kept in the image; use RUN --mount=type=secret instead");
                    }
                });
            }
        }
        for (Instruction run : last.instructions()) {
            if (run.is("run") && !Mounts.hasSecretMount(run)
                    && CREDENTIAL_SETUP.stream().anyMatch(p -> p.matcher(run.rest()).find())) {
                out.report(INFO, ctx.at(run, run.keywordSpan()), "this RUN puts a credential on a command line, "
                        + "kept in the image history: use RUN --mount=type=secret instead");
            }
        }
    }
}
