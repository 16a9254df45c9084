package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-place name scans of TD064 and TD207 against the lower-case copies and regexes they replaced. */
class SecretNamesTest {
    private static final List<String> TD064_WORDS = List.of("password", "passwd", "secret", "api_key", "apikey",
            "api-key", "private_key", "privatekey", "private-key", "access_key", "accesskey", "auth_token", "token",
            "credential");
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(?:^|_)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
    private static final Pattern ALLOWED = Pattern.compile("(?i)(?:^|_)(?:public|file|version)(?:_|$)");
    /** Pieces of the words, their cases, separators and characters whose case mapping is not ASCII's. */
    private static final String[] PIECES = {"pass", "PASS", "word", "WoRd", "wd", "secret", "SECRET", "api", "API",
            "_", "-", "key", "KEY", "private", "access", "auth", "token", "TOKEN", "cred", "ential", "pword", "public",
            "file", "version", "x", "9", "\u0130", "\u212A", "\u017F", "\u0131", "t\u00F6ken", "@", "[", "`"};

    private static String randomName(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void td064AgreesWithTheLowerCaseCopyOnRandomNames() {
        Random random = new Random(64);
        for (int round = 0; round < 50_000; round++) {
            String name = randomName(random);
            String lower = name.toLowerCase(Locale.ROOT);
            boolean expected = TD064_WORDS.stream().anyMatch(lower::contains);
            assertThat(SecretLikeVariableName.looksSecret(name, name.length())).as(name).isEqualTo(expected);
        }
    }

    @Test
    void td207AgreesWithItsRegexesOnRandomNames() {
        Random random = new Random(207);
        for (int round = 0; round < 50_000; round++) {
            String name = randomName(random);
            boolean expected = SECRET.matcher(name).find() && !ALLOWED.matcher(name).find();
            String arg = name + "=" + randomName(random);
            boolean scanned = SecretNameInArgOrEnv.mayBeSecret(arg, WordScan.argNameEnd(arg))
                    && SecretNameInArgOrEnv.looksSecret(name);
            assertThat(scanned).as(name).isEqualTo(expected);
        }
    }

    @Test
    void namesAreReadUpToTheirDefaultOnly() {
        assertThat(SecretLikeVariableName.looksSecret("VERSION=token", 7)).isFalse();
        assertThat(SecretLikeVariableName.looksSecret("GH_TOKEN=1", 8)).isTrue();
        assertThat(SecretLikeVariableName.looksSecret("ApiKey", 6)).isTrue();
        assertThat(SecretLikeVariableName.looksSecret("AP\u0130_KEY", 7)).isFalse(); // 'İ' lower-cases to two characters
        assertThat(SecretLikeVariableName.looksSecret("TO\u212AEN", 5)).isTrue(); // the Kelvin sign lower-cases to 'k'
    }
}
