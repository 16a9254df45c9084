package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TD211 and TD213 read chmod modes in place; they must agree with the split-and-substring reading they
 * replaced (kept here as the reference) on random modes made of the characters that matter.
 */
class ChmodModesTest {
    private static final String ALPHABET = "ugoa+-=rwxXst,0124567/.";

    @Test
    void readsTheUsualModes() {
        assertThat(WorldWritable.worldWritable("777")).isTrue();
        assertThat(WorldWritable.worldWritable("o+w")).isTrue();
        assertThat(WorldWritable.worldWritable("+w")).isTrue();
        assertThat(WorldWritable.worldWritable("u+x,a=rwx")).isTrue();
        assertThat(WorldWritable.worldWritable("u+w")).isFalse();
        assertThat(WorldWritable.worldWritable("g=o")).isFalse(); // an 'o' after the operator copies, it grants no w
        assertThat(WorldWritable.worldWritable("o-w")).isFalse();
        assertThat(SetuidBit.addsSpecialBit("4755")).isTrue();
        assertThat(SetuidBit.addsSpecialBit("u+s")).isTrue();
        assertThat(SetuidBit.addsSpecialBit("u+x,g+s")).isTrue();
        assertThat(SetuidBit.addsSpecialBit("u+x")).isFalse();
        assertThat(SetuidBit.addsSpecialBit("/usr/bin/s+x")).isFalse();
    }

    @Test
    void agreesWithTheSplittingReadingOnRandomModes() {
        Random random = new Random(211_213);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder mode = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                mode.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String m = mode.toString();
            assertThat(WorldWritable.worldWritable(m)).as("TD211 '%s'", m).isEqualTo(worldWritableBySplitting(m));
            assertThat(SetuidBit.addsSpecialBit(m)).as("TD213 '%s'", m).isEqualTo(addsSpecialBitBySplitting(m));
        }
    }

    private static boolean worldWritableBySplitting(String mode) {
        if (Chars.only(mode, "01234567", 3, 4)) {
            return ((mode.charAt(mode.length() - 1) - '0') & 2) != 0;
        }
        for (String clause : mode.split(",")) {
            int op = -1;
            for (int i = 0; i < clause.length(); i++) {
                char c = clause.charAt(i);
                if (c == '+' || c == '=' || c == '-') {
                    op = i;
                    break;
                }
                if ("ugoa".indexOf(c) < 0) {
                    break;
                }
            }
            if (op < 0) {
                continue;
            }
            String who = clause.substring(0, op);
            String perms = clause.substring(op + 1);
            if (clause.charAt(op) != '-' && perms.contains("w")
                    && (who.isEmpty() || who.contains("o") || who.contains("a"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean addsSpecialBitBySplitting(String mode) {
        if (Chars.only(mode, "01234567", 4, 4)) {
            return ((mode.charAt(0) - '0') & 6) != 0;
        }
        for (String clause : mode.split(",")) {
            int plus = Math.max(clause.indexOf('+'), clause.indexOf('='));
            if (plus >= 0 && Chars.only(clause.substring(0, plus), "ugoa", 0, Integer.MAX_VALUE)
                    && clause.substring(plus + 1).contains("s")) {
                return true;
            }
        }
        return false;
    }
}
