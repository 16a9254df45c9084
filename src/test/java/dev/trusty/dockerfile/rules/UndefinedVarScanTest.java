package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.ExpansionException;
import dev.trusty.dockerfile.syntax.WordLexer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** TD115's shortcut must find exactly the undefined names BuildKit's lexer would find. */
class UndefinedVarScanTest {
    private static final Set<String> ENV = Set.of("A", "PATH");
    private static final Set<String> ARGS = Set.of("B_1");
    private static final Predicate<String> DEFINED = name -> ENV.contains(name) || ARGS.contains(name);

    @Test
    void readsPlainWordsAndLeavesTheRestToTheLexer() {
        assertThat(plain("/app/bin:$PATH:${A}/x${B_1}")).isEmpty();
        assertThat(plain("$HTTP_PROXY")).isEmpty(); // predefined by BuildKit
        assertThat(plain("'$A' \\$PATH")).isEmpty(); // quotes and escapes cannot matter when all are defined
        assertThat(plain("$PATH:$C/${D}$C")).containsExactly("C", "D");
        assertThat(plain("\"${C}\"")).containsExactly("C");
        assertThat(plain("\"${C}")).isNull(); // a lone double quote: the lexer fails, nothing is reported
        assertThat(plain("'$C'")).isNull();
        assertThat(plain("\\$C")).isNull();
        assertThat(plain("${A:-x}")).isNull(); // an operator: the lexer decides
        assertThat(plain("$1")).isNull();
        assertThat(plain("${A")).isNull();
        assertThat(plain("cost $")).isNull();
        assertThat(plain("$Aé")).isNull();
    }

    private static List<String> plain(String word) {
        return UndefinedVar.plainUndefined(word, '\\', DEFINED);
    }

    @Test
    void findsWhatTheLexerFindsWheneverItReadsAWordItself() {
        Random random = new Random(5);
        String[] pieces = {"$", "{", "}", ":", "-", "+", "?", "A", "PATH", "B_1", "C", "_", "1", "'", "\"", "\\", "`",
                " ", "/", "é", "$A", "${A}", "${C}", "$C", "$D", "${HTTP_PROXY}"};
        int settled = 0;
        int missing = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                word.append(pieces[random.nextInt(pieces.length)]);
            }
            String w = word.toString();
            for (char escape : new char[] {'\\', '`'}) {
                List<String> names = UndefinedVar.plainUndefined(w, escape, DEFINED);
                if (!w.contains("$") || names == null) {
                    continue;
                }
                settled++;
                missing += names.isEmpty() ? 0 : 1;
                WordLexer lexer = new WordLexer(escape);
                try {
                    lexer.processWord(w, name -> ENV.contains(name) ? "" : null);
                } catch (ExpansionException e) {
                    assertThat(names).as("%s (escape %s): the lexer rejects it", w, escape).isEmpty();
                    continue;
                }
                assertThat(names).as("%s (escape %s)", w, escape).containsExactlyElementsOf(lexer.unsetNames().stream()
                        .filter(name -> !ARGS.contains(name) && !UndefinedVar.PREDEFINED.contains(name)).toList());
            }
        }
        assertThat(settled).isGreaterThan(1_000);
        assertThat(missing).isGreaterThan(500);
    }
}
