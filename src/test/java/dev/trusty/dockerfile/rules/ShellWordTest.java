package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain word answers from the script in place until its text is cut: it must answer as its text would. */
class ShellWordTest {
    private static final String[] PIECES = {"-", "--", "-y", "--no-cache", "a", "pkg=1.2", "x", "=", " ", " ", "\t",
        "\\\n", "'q s'", "\"d $v\"", "$HOME", "${X}", "`id`", "$(id -u)", "&&", "|", ";", "\n", "#c", "é", "2>", "a=("};

    private static List<ShellWord> words(ShellScript script) {
        List<ShellWord> out = new ArrayList<>();
        for (ShellCommand c : script.commands()) {
            out.add(c.nameWord());
            out.addAll(c.args());
        }
        return out;
    }

    private static ShellScript parse(String text) {
        return new ShellScript(text, offset -> new int[] {1, offset + 1});
    }

    @Test
    void uncutWordsAnswerAsTheirTexts() {
        Random random = new Random(11);
        int plainWords = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String script = text.toString();
            List<ShellWord> fresh = words(parse(script));
            List<ShellWord> cut = words(parse(script));
            assertThat(fresh).hasSameSizeAs(cut);
            for (int i = 0; i < fresh.size(); i++) {
                ShellWord uncut = fresh.get(i);
                ShellWord reference = cut.get(i);
                String t = reference.text();
                String raw = reference.raw();
                boolean flag = uncut.isFlag();
                boolean variable = uncut.hasVariable();
                assertThat(flag).as("isFlag of %s in %s", raw, script).isEqualTo(t.startsWith("-") && t.length() > 1);
                assertThat(variable).as("hasVariable of %s in %s", raw, script)
                        .isEqualTo(raw.indexOf('$') >= 0 || raw.indexOf('`') >= 0);
                assertThat(raw).isEqualTo(script.substring(reference.start(), reference.end()));
                assertThat(uncut).isEqualTo(reference).hasSameHashCodeAs(reference);
                if (raw.chars().noneMatch(c -> "'\"\\$`".indexOf(c) >= 0)) {
                    plainWords++;
                    assertThat(t).isEqualTo(raw);
                }
            }
        }
        assertThat(plainWords).as("plain words met").isGreaterThan(10_000);
    }
}
