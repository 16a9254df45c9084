package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;

class VariablesTest {

    /** The references as the regex finds them: the specification of the hand-written scanner. */
    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Variables.REF.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '\\') {
                continue;
            }
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
            out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> byScanner(String text) {
        List<String> names = Variables.references(text);
        List<int[]> ranges = Variables.referenceRanges(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add(names.get(i));
            out.add(ranges.get(i)[0] + "-" + ranges.get(i)[1]);
        }
        return out;
    }

    @Test
    void findsPlainAndBracedReferencesAndSkipsEscapedOnes() {
        assertThat(Variables.references("/app/bin:$PATH:${HOME:-/root}/x \\$NOT $1 ${9} $_ok${A}"))
                .containsExactly("PATH", "HOME", "_ok", "A");
        assertThat(Variables.references("${UNCLOSED $B")).containsExactly("B");
        assertThat(Variables.references("no dollars")).isEmpty();
    }

    @Test
    void agreesWithTheRegexOnRandomText() {
        Random random = new Random(7);
        String alphabet = "$${}\\aZ_9-: /";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(byScanner(text)).as(text).isEqualTo(byRegex(text));
        }
    }
}
