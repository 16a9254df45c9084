package dev.trusty.image.secrets;

import dev.trusty.core.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The built-in credential detectors, written from the provider formats in our research notes.
 * Prefixed tokens are matched by shape and checked structurally; formats without a prefix are
 * only matched next to a name that says what they are.
 */
public final class Detectors {
    private Detectors() {
    }

    private static final String B62 = "0-9A-Za-z";
    private static final String NOT_TOKEN = "(?![0-9A-Za-z_-])";
    private static final String WORD_START = "(?<![0-9A-Za-z_-])";

    /** Last words of names whose value is about a secret rather than the secret itself. */
    static final Set<String> NOT_A_VALUE = Set.of("file", "path", "dir", "location", "url", "uri", "endpoint", "length",
            "min", "max", "policy", "prompt", "expiry", "expires", "enabled", "type", "name", "mode", "hint", "id", "header");

    /** Names whose value is a secret, matched as whole {@code _ - .}-separated words (so GPG_KEY and MONKEY do not count). */
    static final Set<String> SECRET_NAME_WORDS = Set.of("password", "passwd", "pwd", "pass", "secret", "token",
            "apikey", "credential", "credentials", "privatekey", "accesskey", "secretkey", "authtoken", "auth");

    public static final List<Detector> ALL = List.of(
            new Detector("aws-access-key-id", "AWS access key ID", Severity.CRITICAL,
                    List.of("akia", "asia", "abia", "acca"),
                    Pattern.compile("\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b"), 1,
                    v -> !v.endsWith("EXAMPLE"), 4),
            new Detector("aws-secret-access-key", "AWS secret access key", Severity.CRITICAL,
                    List.of("secret_access", "secretaccesskey", "aws_secret", "secret-access"),
                    Pattern.compile("(?i)(?:secret_?access_?key|aws_?secret(?:_?key)?)[\"']?\\s*[:=]+>?\\s*[\"']?"
                            + "([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"), 1,
                    v -> !v.contains("EXAMPLE") && !v.matches("[0-9a-f]+") && Checks.entropy(v) > 4.0, 0),
            new Detector("gcp-service-account", "GCP service-account private key", Severity.CRITICAL,
                    List.of("service_account"),
                    Pattern.compile("\"private_key\"\\s*:\\s*\"(-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\\n]{64,}"
                            + "-----END (?:RSA )?PRIVATE KEY-----(?:\\\\n)?)\""), 1, v -> true, 0),
            new Detector("google-api-key", "Google API key", Severity.MEDIUM, List.of("aiza"),
                    Pattern.compile(WORD_START + "(AIza[0-9A-Za-z_-]{35})" + NOT_TOKEN), 1,
                    v -> Checks.entropy(v) > 3.5, 4),
            new Detector("azure-storage-key", "Azure storage account key", Severity.CRITICAL,
                    List.of("accountkey", "azure_storage_key"),
                    Pattern.compile("(?i)(?:AccountKey|azure_storage_key)[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9+/]{86}==)"), 1,
                    v -> Checks.base64Length(v, 64) && !v.startsWith("Eby8vdM02xNOcqFl"), 0),
            new Detector("github-token", "GitHub token", Severity.CRITICAL,
                    List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
                    Pattern.compile(WORD_START + "(gh[pousr]_[" + B62 + "]{36})" + NOT_TOKEN), 1,
                    Checks::crc32TokenValid, 4),
            new Detector("github-fine-grained-token", "GitHub fine-grained token", Severity.CRITICAL,
                    List.of("github_pat_"),
                    Pattern.compile(WORD_START + "(github_pat_[" + B62 + "]{22}_[" + B62 + "]{59})" + NOT_TOKEN), 1,
                    v -> Checks.entropy(v) > 4.0, 11),
            new Detector("gitlab-token", "GitLab token", Severity.CRITICAL,
                    List.of("glpat-", "gldt-", "glrt-", "glft-", "glsoat-", "glffct-", "glcbt-"),
                    Pattern.compile(WORD_START + "(gl(?:pat|dt|rt|ft|soat|ffct|cbt)-[0-9A-Za-z_.-]{20,})" + NOT_TOKEN), 1,
                    v -> Checks.entropy(v.substring(v.indexOf('-') + 1)) > 3.5 && !Checks.placeholder(v.substring(v.indexOf('-') + 1)), 6),
            new Detector("slack-token", "Slack token", Severity.HIGH,
                    List.of("xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe", "xapp-"),
                    Pattern.compile(WORD_START + "((?:xox[baprs]|xoxe\\.xox[bp]|xoxe|xapp)-[0-9A-Za-z-]{20,})" + NOT_TOKEN), 1,
                    v -> Checks.entropy(v) > 3.5 && !v.toLowerCase(Locale.ROOT).contains("xxxx"), 5),
            new Detector("slack-webhook", "Slack incoming webhook URL", Severity.HIGH, List.of("hooks.slack.com"),
                    Pattern.compile("(https://hooks\\.slack\\.com/services/T[0-9A-Z]{8,11}/B[0-9A-Z]{8,11}/[0-9A-Za-z]{24})"), 1,
                    v -> Checks.entropy(v.substring(v.lastIndexOf('/') + 1)) > 3.5, 33),
            new Detector("stripe-live-key", "Stripe live secret key", Severity.CRITICAL, List.of("sk_live_", "rk_live_"),
                    Pattern.compile(WORD_START + "((?:sk|rk)_live_[" + B62 + "]{10,128})" + NOT_TOKEN), 1,
                    v -> Checks.entropy(v.substring(8)) > 3.5, 8),
            new Detector("stripe-test-key", "Stripe test-mode secret key", Severity.LOW, List.of("sk_test_", "rk_test_"),
                    Pattern.compile(WORD_START + "((?:sk|rk)_test_[" + B62 + "]{10,128})" + NOT_TOKEN), 1,
                    v -> Checks.entropy(v.substring(8)) > 3.5, 8),
            new Detector("npm-token", "npm access token", Severity.CRITICAL, List.of("npm_"),
                    Pattern.compile(WORD_START + "(npm_[" + B62 + "]{36})" + NOT_TOKEN), 1, Checks::crc32TokenValid, 4),
            new Detector("npmrc-auth", "npm registry credential in .npmrc", Severity.HIGH,
                    List.of("_authtoken", "_auth", "_password"),
                    Pattern.compile("(?m)(?:_authToken|_auth|_password)\\s*=\\s*[\"']?([^\\s\"']{8,})"), 1,
                    v -> !Checks.placeholder(v), 0),
            new Detector("pypi-token", "PyPI API token", Severity.CRITICAL, List.of("pypi-ageichlwas5vcmc"),
                    Pattern.compile("(pypi-AgEIcHlwaS5vcmc[0-9A-Za-z_-]{50,})" + NOT_TOKEN), 1, v -> true, 5),
            new Detector("dockerhub-token", "Docker Hub access token", Severity.CRITICAL, List.of("dckr_pat_", "dckr_oat_"),
                    Pattern.compile(WORD_START + "(dckr_(?:pat_[0-9A-Za-z_-]{27}|oat_[0-9A-Za-z_-]{32}))" + NOT_TOKEN), 1,
                    v -> Checks.entropy(v.substring(9)) > 3.5, 9),
            new Detector("docker-config-auth", "Registry password in a Docker config (auths)", Severity.HIGH,
                    List.of("\"auth\""),
                    Pattern.compile("\"auth\"\\s*:\\s*\"([A-Za-z0-9+/]{6,}={0,2})\""), 1, Checks::dockerAuthHasPassword, 0),
            new Detector("private-key", "Private key", Severity.CRITICAL, List.of("private key"),
                    Pattern.compile("(-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----"
                            + "(?:\\r?\\n[A-Za-z-]+:[^\\n]*)*\\s*([A-Za-z0-9+/=\\s]{64,}?)-----END \\2-----)"), 3, v -> true, 0),
            new Detector("jwt", "JSON Web Token", Severity.MEDIUM, List.of("eyj"),
                    Pattern.compile(WORD_START + "(eyJ[0-9A-Za-z_-]{10,}\\.eyJ[0-9A-Za-z_-]{10,}\\.[0-9A-Za-z_-]{16,})" + NOT_TOKEN), 1,
                    Checks::jwtHeaderValid, 3),
            new Detector("database-url", "Database URL with a password", Severity.HIGH,
                    List.of("postgres", "mysql", "mariadb", "mongodb", "redis", "amqp", "mssql", "sqlserver"),
                    Pattern.compile("(?i)\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|mssql|sqlserver)"
                            + "://[^\\s:/@\"'<>]*:([^\\s@/\"'<>]+)@[^\\s\"'<>]+"), 1, v -> !Checks.placeholder(v), 0),
            new Detector("url-credentials", "Password in a URL", Severity.HIGH, List.of("http://", "https://", "ftp://"),
                    Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s:/@\"'<>]+:([^\\s@/\"'<>]{3,})@[A-Za-z0-9.-]+"), 1,
                    v -> !Checks.placeholder(v), 0),
            new Detector("openai-key", "OpenAI API key", Severity.CRITICAL, List.of("t3blbkfj"),
                    Pattern.compile(WORD_START + "(sk-(?:proj-|svcacct-|admin-)?[0-9A-Za-z_-]{20,}T3BlbkFJ[0-9A-Za-z_-]{20,})" + NOT_TOKEN), 1,
                    v -> true, 3),
            new Detector("anthropic-key", "Anthropic API key", Severity.CRITICAL, List.of("sk-ant-"),
                    Pattern.compile(WORD_START + "(sk-ant-(?:api03|admin01)-[0-9A-Za-z_-]{93}AA)" + NOT_TOKEN), 1, v -> true, 7),
            new Detector("sendgrid-key", "SendGrid API key", Severity.HIGH, List.of("sg."),
                    Pattern.compile(WORD_START + "(SG\\.[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43})" + NOT_TOKEN), 1,
                    v -> Checks.entropy(v) > 4.0, 3),
            new Detector("huggingface-token", "Hugging Face token", Severity.HIGH, List.of("hf_"),
                    Pattern.compile(WORD_START + "(hf_[A-Za-z]{34})" + NOT_TOKEN), 1, v -> Checks.entropy(v) > 3.5, 3),
            new Detector("generic-password", "Password or secret assigned in a config file", Severity.MEDIUM,
                    List.of("pass", "pwd", "secret", "token", "api_key", "apikey", "access_key", "private_key", "credential"),
                    Pattern.compile("(?im)^[ \\t]*(?:export[ \\t]+)?[\"']?([A-Za-z0-9_.-]{2,64})[\"']?[ \\t]*[:=][ \\t]*[\"']?([^\\s\"'#;]{8,})"),
                    2, v -> !Checks.placeholder(v) && Checks.entropy(v) >= 3.0, 0));

    /** The generic detector only looks at files whose name says they hold configuration. */
    static final String GENERIC = "generic-password";

    /** True when a variable or key name says its value is a secret, judged on whole words. */
    public static boolean secretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String[] words = lower.split("[^a-z0-9]+");
        if (words.length > 1 && NOT_A_VALUE.contains(words[words.length - 1])) {
            return false; // PASSWORD_FILE, TOKEN_URL: the value says where the secret is, not what it is
        }
        for (String word : words) {
            if (SECRET_NAME_WORDS.contains(word)) {
                return true;
            }
        }
        String joined = lower.replaceAll("[^a-z0-9]", "");
        return joined.endsWith("password") || joined.endsWith("apikey") || joined.endsWith("secretkey")
                || joined.endsWith("accesskey") || joined.endsWith("privatekey") || joined.endsWith("authtoken");
    }
}
