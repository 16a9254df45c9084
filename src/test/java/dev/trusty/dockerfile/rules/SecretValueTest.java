package dev.trusty.dockerfile.rules;

import dev.trusty.core.Finding;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Token-shaped values are built at run time, so no credential-looking literal sits in the repository. */
class SecretValueTest {

    private static String randomFrom(String alphabet, int length, long seed) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static List<Finding> secrets(String text) {
        return new DockerfileLinter(LintOptions.defaults()).lint("Dockerfile", text).report().findings().stream()
                .filter(f -> f.ruleId().equals("TD208")).toList();
    }

    @Test
    void providerTokensAreFoundAndTheirValueIsNeverPrinted() {
        String aws = "AKIA" + randomFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 1);
        String github = "ghp" + "_" + randomFrom("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 36, 2);
        List<Finding> f = secrets("FROM debian:12\nENV AWS_ACCESS_KEY_ID=" + aws + "\nARG GH=" + github + "\n");
        assertThat(f).hasSize(2);
        assertThat(f.get(0).message()).contains("AWS_ACCESS_KEY_ID", "AWS access key").doesNotContain(aws);
        assertThat(f.get(1).message()).contains("GH", "GitHub token").doesNotContain(github);
    }

    @Test
    void documentationExamplesAndVariablesAreNotSecrets() {
        assertThat(secrets("FROM debian:12\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nARG TOKEN=${CI_TOKEN}\n")).isEmpty();
    }

    @Test
    void theShortestValueOfEachTokenFormatIsFound() {
        String alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        // each value is exactly as long as its format's shortest match: the length filter must let it through
        assertThat(SecretValueInArgOrEnv.credentialKind("AKIA" + randomFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 3)))
                .isEqualTo("AWS access key");
        assertThat(SecretValueInArgOrEnv.credentialKind("ghs" + "_" + randomFrom(alnum, 36, 4))).isEqualTo("GitHub token");
        assertThat(SecretValueInArgOrEnv.credentialKind("github" + "_pat_" + randomFrom(alnum, 82, 5))).isEqualTo("GitHub token");
        assertThat(SecretValueInArgOrEnv.credentialKind("glpat" + "-" + randomFrom(alnum, 20, 6))).isEqualTo("GitLab token");
        assertThat(SecretValueInArgOrEnv.credentialKind("xoxb" + "-" + randomFrom(alnum, 10, 7))).isEqualTo("Slack token");
        assertThat(SecretValueInArgOrEnv.credentialKind("sk" + "_live_" + randomFrom(alnum, 10, 8))).isEqualTo("Stripe key");
        assertThat(SecretValueInArgOrEnv.credentialKind("dckr" + "_pat_" + randomFrom(alnum, 27, 9))).isEqualTo("Docker Hub token");
        assertThat(SecretValueInArgOrEnv.credentialKind("npm" + "_" + randomFrom(alnum, 36, 10))).isEqualTo("npm token");
        assertThat(SecretValueInArgOrEnv.credentialKind("sk-ant" + "-api03-" + randomFrom(alnum, 80, 11))).isEqualTo("Anthropic key");
        assertThat(SecretValueInArgOrEnv.credentialKind("sk-" + randomFrom(alnum, 16, 12) + "T3BlbkFJ" + randomFrom(alnum, 16, 13)))
                .isEqualTo("OpenAI key");
        assertThat(SecretValueInArgOrEnv.credentialKind("AIza" + randomFrom(alnum, 35, 14))).isEqualTo("Google API key");
        assertThat(SecretValueInArgOrEnv.credentialKind("-----BEGIN " + "PRIVATE KEY-----")).isEqualTo("private key");
        assertThat(SecretValueInArgOrEnv.credentialKind("://u:pwd@")).isEqualTo("password in a URL");
        assertThat(SecretValueInArgOrEnv.credentialKind("://u:pw@")).isNull();
        assertThat(SecretValueInArgOrEnv.credentialKind("https://example.com/app")).isNull();
    }
}
