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
}
