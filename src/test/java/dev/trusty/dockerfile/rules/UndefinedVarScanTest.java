package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.ExpansionException;
import dev.trusty.dockerfile.syntax.WordLexer;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** TD115's shortcut must never hide a name BuildKit's lexer would find undefined. */
class UndefinedVarScanTest {
    private static final Set<String> ENV = Set.of("A", "PATH");
    private static final Set<String> ARGS = Set.of("B_1");

    @Test
    void settlesPlainDefinedReferencesAndLeavesTheRestToTheLexer() {
        assertThat(UndefinedVar.allDefined("/app/bin:$PATH:${A}/x${B_1}", ENV, ARGS)).isTrue();
        assertThat(UndefinedVar.allDefined("$HTTP_PROXY", ENV, ARGS)).isTrue(); // predefined by BuildKit
        assertThat(UndefinedVar.allDefined("$PATH:$C", ENV, ARGS)).isFalse();
        assertThat(UndefinedVar.allDefined("${A:-x}", ENV, ARGS)).isFalse(); // an operator: the lexer decides
        assertThat(UndefinedVar.allDefined("$1", ENV, ARGS)).isFalse();
        assertThat(UndefinedVar.allDefined("${A", ENV, ARGS)).isFalse();
        assertThat(UndefinedVar.allDefined("cost $", ENV, ARGS)).isFalse();
        assertThat(UndefinedVar.allDefined("$Aé", ENV, ARGS)).isFalse();
    }

    @Test
    void neverClaimsDefinedWhatTheLexerFindsUndefined() {
        Random random = new Random(5);
        String[] pieces = {"$", "{", "}", ":", "-", "+", "?", "A", "PATH", "B_1", "C", "_", "1", "'", "\"", "\\", "`",
                " ", "/", "é", "$A", "${A}", "${C}", "$C"};
        int settled = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                word.append(pieces[random.nextInt(pieces.length)]);
            }
            String w = word.toString();
            if (!w.contains("$") || !UndefinedVar.allDefined(w, ENV, ARGS)) {
                continue;
            }
            settled++;
            for (char escape : new char[] {'\\', '`'}) {
                WordLexer lexer = new WordLexer(escape);
                try {
                    lexer.processWord(w, name -> ENV.contains(name) ? "" : null);
                } catch (ExpansionException e) {
                    continue; // a word BuildKit rejects: TD115 reports nothing for it either way
                }
                assertThat(lexer.unsetNames()).as("%s (escape %s)", w, escape)
                        .allMatch(name -> ARGS.contains(name) || UndefinedVar.PREDEFINED.contains(name));
            }
        }
        assertThat(settled).isGreaterThan(1_000);
    }
}
