package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain word answers from the script in place until its text is cut: it must answer as its text would. */
class ShellWordTest {
    private static final String[] PIECES = {"-", "--", "-y", "--no-cache", "a", "pkg=1.2", "x", "=", " ", " ", "\t",
        "-qy", "--yes", "-o=y", "--assume-yes=1", "'-y'", "y", " -", " --", " -a", " --x=", " --no-cache",
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

    /** hasAnyFlag as it read the cut texts before it read words in place. */
    private static boolean hasAnyFlagOfTexts(List<String> texts, String... names) {
        for (String t : texts) {
            if (t.equals("--")) {
                return false;
            }
            if (t.startsWith("--")) {
                int eq = t.indexOf('=');
                int end = eq < 0 ? t.length() : eq;
                for (String n : names) {
                    if (n.length() == end - 2 && t.startsWith(n, 2)) {
                        return true;
                    }
                }
            } else if (t.startsWith("-") && t.length() > 1) {
                for (int i = 1; i < t.length() && t.charAt(i) != '='; i++) {
                    for (String n : names) {
                        if (n.length() == 1 && n.charAt(0) == t.charAt(i)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    @Test
    void flagAndArgumentTestsInPlaceAgreeWithTheTexts() {
        Random random = new Random(12);
        String[][] nameSets = {{"y", "yes", "assume-yes"}, {"no-cache"}, {"a", "x"}, {"q"}, {""}, {"o"}};
        String[] values = {"-y", "a", "x", "--", "pkg=1.2", "'q s'", "q s", ""};
        int yes = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder("cmd ");
            for (int k = random.nextInt(10); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            List<ShellCommand> fresh = parse(text.toString()).commands();
            List<ShellCommand> cut = parse(text.toString()).commands();
            for (int c = 0; c < fresh.size(); c++) {
                String[] names = nameSets[random.nextInt(nameSets.length)];
                String value = values[random.nextInt(values.length)];
                boolean inPlace = fresh.get(c).hasAnyFlag(names);
                boolean hasArg = fresh.get(c).hasArg(value);
                List<String> texts = cut.get(c).argTexts();
                assertThat(inPlace).as("hasAnyFlag%s of %s", List.of(names), texts)
                        .isEqualTo(hasAnyFlagOfTexts(texts, names));
                assertThat(hasArg).as("hasArg(%s) of %s", value, texts).isEqualTo(texts.contains(value));
                yes += inPlace ? 1 : 0;
            }
        }
        assertThat(yes).as("commands with a flag asked for").isGreaterThan(1_000);
    }

    @Test
    void theFirstOperandIsTheFirstOfTheOperands() {
        Random random = new Random(13);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder("chmod ");
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            for (ShellCommand c : parse(text.toString()).commands()) {
                List<ShellWord> operands = c.operands();
                assertThat(c.firstOperand()).as(text.toString()).isSameAs(operands.isEmpty() ? null : operands.getFirst());
                found += operands.isEmpty() ? 0 : 1;
            }
        }
        assertThat(found).isGreaterThan(1_000); // the random commands have operands, and often none
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
