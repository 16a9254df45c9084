package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Key;
import dev.trusty.container.Setting;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.container.EnvVar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Credentials written as literal environment values end up in inspect output, process listings,
 * crash dumps and the compose file itself. Values are never printed: only the variable's name,
 * the value's length and a short fingerprint to correlate findings.
 */
final class SecretInEnvironment implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC028", Domain.CONTAINER, "Secret in an environment variable", Severity.HIGH)
            .cwe(798).cwe(526)
            .why("Environment variables are visible to anyone who can inspect the container or read its "
                    + "definition, are inherited by every child process and often end up in logs.")
            .fix("Pass secrets as files: docker/compose secrets (mounted under /run/secrets, with *_FILE "
                    + "variables), or Kubernetes env valueFrom.secretKeyRef / secret volumes.");

    /** Whole name tokens that mark a credential; matched per _-separated token, never as substrings. */
    private static final Set<String> SECRET_TOKENS = Set.of("password", "passwd", "pwd", "pass", "secret", "token",
            "apikey", "credential", "credentials", "privatekey", "auth");
    private static final List<List<String>> SECRET_PAIRS = List.of(List.of("api", "key"), List.of("access", "key"),
            List.of("private", "key"), List.of("secret", "key"), List.of("client", "secret"));
    /** Values whose shape alone says credential, whatever the variable is called. */
    private static final Pattern KNOWN_SHAPES = Pattern.compile("^(AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|"
            + "github_pat_\\w{22,}|glpat-[\\w-]{20}|xox[abposr]-[\\w-]{10,}|sk_live_\\w{16,}|-----BEGIN [A-Z ]*PRIVATE KEY-----.*)",
            Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "^(\\$\\{?[\\w:?+\\-]*}?|<.*>|\\{\\{.*}}|%\\w+%|x+|\\*+|changeme|change_me|example|sample|dummy|"
                    + "redacted|true|false|null|none|/.*)$", Pattern.CASE_INSENSITIVE);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (EnvVar env : spec.env()) {
            String value = env.value();
            if (value == null || value.isBlank()) {
                continue;
            }
            boolean shaped = KNOWN_SHAPES.matcher(value).matches();
            if (!shaped && (!secretName(env.name()) || PLACEHOLDER.matcher(value.trim()).matches()
                    || value.trim().length() < 4)) {
                continue;
            }
            out.report(INFO, env.at(), Hints.withFix(env.name() + " holds a literal secret (" + value.length()
                    + " chars, sha256 " + fingerprint(value) + ")", spec, "use secrets: and " + env.name() + "_FILE",
                    "use --env-file from a protected file, or a mounted secret", "use valueFrom.secretKeyRef"));
        }
    }

    static boolean secretName(String name) {
        List<String> tokens = List.of(name.toLowerCase(Locale.ROOT).split("[_.\\-]+"));
        if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals("file")) {
            return false;   // FOO_PASSWORD_FILE points at a file: the recommended pattern
        }
        if (tokens.stream().anyMatch(SECRET_TOKENS::contains)) {
            return true;
        }
        for (List<String> pair : SECRET_PAIRS) {
            int i = tokens.indexOf(pair.get(0));
            if (i >= 0 && i + 1 < tokens.size() && tokens.get(i + 1).equals(pair.get(1))) {
                return true;
            }
        }
        return false;
    }

    private static String fingerprint(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
