package dev.trusty.image.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every token here is built at run time from harmless parts, so no token-shaped literal sits in
 * the repository (other scanners, and our own, would flag it).
 */
public class SecretScannerTest {
    private final SecretScanner scanner = new SecretScanner();

    static String random(String alphabet, int length, long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    static final String B62 = Checks.BASE62;
    static final String B64URL = B62 + "_-";

    static String github(String prefix) {
        String body = "TrustyTestFixtureNotARealTok0n";
        return prefix + body + Checks.base62Crc(body);
    }

    static String awsKeyId() {
        return "AK" + "IA" + random("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, 1);
    }

    static String awsSecret() {
        return random(B62 + "/+", 40, 2);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> positives() {
        String pem = pem();
        String dockerAuth = Base64.getEncoder().encodeToString("trusty-test:not-a-real-password".getBytes());
        String jwtHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes());
        String jwtBody = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"trusty-fixture\",\"iat\":1}".getBytes());
        return Stream.of(
                arguments("aws-access-key-id", "aws_access_key_id = " + awsKeyId()),
                arguments("aws-secret-access-key", "aws_secret_access_key = " + awsSecret()),
                arguments("github-token", "token: " + github("gh" + "p_")),
                arguments("github-token", "GITHUB_TOKEN=" + github("gh" + "s_")),
                arguments("github-fine-grained-token", "github" + "_pat_" + random(B62, 22, 3) + "_" + random(B62, 59, 4)),
                arguments("gitlab-token", "CI_TOKEN=gl" + "pat-" + random(B64URL, 20, 5)),
                arguments("slack-token", "SLACK=xo" + "xb-" + "1234567890-1234567890123-" + random(B62, 24, 6)),
                arguments("slack-webhook", "url: https://hooks.slack.com/services/T" + random("0123456789ABCDEFGHIJ", 8, 7)
                        + "/B" + random("0123456789ABCDEFGHIJ", 8, 8) + "/" + random(B62, 24, 9)),
                arguments("stripe-live-key", "stripe.api_key = 'sk_" + "live_" + random(B62, 24, 10) + "'"),
                arguments("stripe-test-key", "STRIPE=sk_" + "test_" + random(B62, 24, 11)),
                arguments("npm-token", "//registry.npmjs.org/:_authToken=" + github("np" + "m_")),
                arguments("npmrc-auth", "//npm.internal.invalid/:_authToken=" + random(B62, 20, 12)),
                arguments("pypi-token", "password = pypi-" + "AgEIcHlwaS5vcmc" + random(B64URL, 80, 13)),
                arguments("dockerhub-token", "DOCKER_PASS=dckr" + "_pat_" + random(B64URL, 27, 14)),
                arguments("docker-config-auth", "{\"auths\":{\"registry.invalid\":{\"auth\":\"" + dockerAuth + "\"}}}"),
                arguments("private-key", pem),
                arguments("jwt", "Authorization: Bearer " + jwtHeader + "." + jwtBody + "." + random(B64URL, 43, 15)),
                arguments("database-url", "DATABASE_URL=postgresql://trusty:fixture-pw-" + random(B62, 6, 16) + "@db.invalid:5432/app"),
                arguments("url-credentials", "https://trusty:" + random(B62, 16, 17) + "@git.invalid/repo.git"),
                arguments("google-api-key", "key=AI" + "za" + random(B64URL, 35, 18)),
                arguments("azure-storage-key", "DefaultEndpointsProtocol=https;AccountName=trusty;AccountKey="
                        + Base64.getEncoder().encodeToString(random(B62, 64, 19).getBytes()) + ";EndpointSuffix=core.windows.net"),
                arguments("openai-key", "OPENAI=sk-" + "proj-" + random(B62, 30, 20) + "T3Blbk" + "FJ" + random(B62, 30, 21)),
                arguments("anthropic-key", "sk-" + "ant-api03-" + random(B64URL, 93, 22) + "AA"),
                arguments("sendgrid-key", "SG" + "." + random(B64URL, 22, 23) + "." + random(B64URL, 43, 24)),
                arguments("huggingface-token", "HF=hf" + "_" + random("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 34, 25)),
                arguments("generic-password", "DB_PASSWORD=" + random(B62, 14, 26)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positives")
    void findsEachProviderAndNeverShowsTheSecret(String detector, String text) {
        List<SecretHit> hits = scanner.scan(text, true);
        assertThat(hits).extracting(SecretHit::detectorId).contains(detector);
        for (SecretHit hit : hits) {
            assertThat(hit.excerpt()).contains("****");
            assertNoLongSecretFragment(text, hit.excerpt());
        }
    }

    /** No 8-character run of the excerpt that is not public context may come from the secret. */
    private static void assertNoLongSecretFragment(String text, String excerpt) {
        for (String token : text.split("[\\s=:\"'{},;/@.]+")) {
            if (token.length() >= 12 && !token.matches("[A-Za-z_]+")) {
                assertThat(excerpt).doesNotContain(token.substring(4, 12));
            }
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> nearMisses() {
        String body = "TrustyTestFixtureNotARealTok0n";
        String wrongChecksum = "gh" + "p_" + body + "AAAAAA";
        return Stream.of(
                arguments("AWS docs example key id", "aws_access_key_id = AKIAIOSFODNN7" + "EXAMPLE"),
                arguments("AWS docs example secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY"),
                arguments("git sha after secret name", "aws_secret_access_key = " + "0123456789abcdef0123456789abcdef01234567"),
                arguments("GitHub token with a wrong checksum", "token: " + wrongChecksum),
                arguments("npm token with a wrong checksum", "np" + "m_" + body + "BBBBBB"),
                arguments("GPG_KEY is a public fingerprint", "GPG_KEY=B42F6819007F00F88E364FD4036A9C25BF357DD4"),
                arguments("env placeholder", "_authToken=${NPM_TOKEN}"),
                arguments("slack docs placeholder", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"),
                arguments("template password", "DB_PASSWORD=<your-password-here>"),
                arguments("password word", "password=changeme"),
                arguments("apk pinned version", "apk add libcrypto3=3.1.4-r1"),
                arguments("access.log is not an access key", "ACCESS_LOG=/var/log/nginx/access.log"),
                arguments("public key block", "-----BEGIN PUBLIC KEY-----\n" + random(B62, 64, 30) + "\n-----END PUBLIC KEY-----"),
                arguments("header mention only", "if line.startswith('-----BEGIN RSA PRIVATE KEY-----'):"),
                arguments("db url without password", "postgresql://trusty@db.invalid/app"),
                arguments("db url with placeholder", "postgres://user:${DB_PASSWORD}@db.invalid/app"),
                arguments("Azurite emulator key", "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
                arguments("docker logout left an empty auth", "{\"auths\":{\"registry.invalid\":{\"auth\":\"\"}}}"),
                arguments("MONKEY is not a key", "MONKEY=" + random(B62, 14, 31)),
                arguments("sk- alone is not OpenAI", "sk-" + random(B62, 48, 32)),
                arguments("stripe publishable key", "pk_" + "live_" + random(B62, 24, 33)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void nearMissesDoNotFire(String why, String text) {
        assertThat(scanner.scan(text, true)).isEmpty();
    }

    @Test
    void githubChecksumMatchesTheFormatsWorkedExample() {
        assertThat(Checks.base62Crc("zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ")).isEqualTo("0mLq17");
        assertThat(Checks.crc32TokenValid(github("gh" + "p_"))).isTrue();
    }

    @Test
    void genericAssignmentsOnlyInConfigFiles() {
        String text = "DB_PASSWORD=" + random(B62, 14, 26);
        assertThat(scanner.scan(text, false)).isEmpty();
        assertThat(scanner.scan(text, true)).hasSize(1);
    }

    @Test
    void reportsLineAndColumn() {
        String text = "first\nsecond\nexport TOKEN=" + github("gh" + "p_") + "\n";
        SecretHit hit = scanner.scan(text, false).get(0);
        assertThat(hit.line()).isEqualTo(3);
        assertThat(hit.column()).isEqualTo(14);
        assertThat(hit.excerpt()).isEqualTo("export TOKEN=ghp_****");
        assertThat(hit.fingerprint()).hasSize(8);
    }

    @Test
    void filesWithoutKeywordsAreNotDecoded() {
        byte[] text = "just some text\nwith nothing interesting\n".repeat(1000).getBytes();
        assertThat(scanner.scan(text, text.length, true)).isEmpty();
    }

    public static String pem() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(256);
            byte[] der = gen.generateKeyPair().getPrivate().getEncoded();
            return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
