package dev.trusty.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BuildKit's variable expansion, case by case. */
class WordLexerTest {
    private static final Map<String, String> ENV = Map.of("A", "a", "EMPTY", "", "PATHV", "/usr/local/bin",
            "F", "file.tar.gz", "SP", "x  y");

    private static String expand(String word) throws ExpansionException {
        return new WordLexer('\\').processWord(word, ENV::get);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            $A                | a
            ${A}              | a
            x$A.y             | xa.y
            $UNSET            | ^^
            ${UNSET:-w}       | w
            ${EMPTY:-w}       | w
            ${EMPTY-w}        | ^^
            ${UNSET-w}        | w
            ${A:+w}           | w
            ${EMPTY:+w}       | ^^
            ${EMPTY+w}        | w
            ${UNSET+w}        | ^^
            ${A:-$PATHV}      | a
            ${UNSET:-"q $A"}  | q a
            ${F#*.}           | tar.gz
            ${F##*.}          | gz
            ${F%.*}           | file.tar
            ${F%%.*}          | file
            ${F/a/o}          | file.tor.gz
            ${F//a/o}         | file.tor.gz
            ${PATHV//\\//:}   | :usr:local:bin
            $1x               | x
            $                 | $
            $%                | $%
            'a $A'            | a $A
            "a $A"            | a a
            "a\\tb"           | a\\tb
            "a\\$A"           | a$A
            he\\$PWD          | he$PWD
            abc\\tdef         | abctdef
            "x\\"y"           | x"y
            """)
    void expands(String word, String expected) throws ExpansionException {
        assertThat(expand(word)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            ${}           | syntax error: bad substitution
            ${:x}         | syntax error: bad substitution
            ${{           | syntax error: bad substitution
            ${A           | syntax error: missing '}'
            ${EMPTY:?}    | EMPTY: is not allowed to be empty
            ${UNSET?}     | UNSET: is not allowed to be unset
            ${UNSET:?boom}| UNSET: boom
            ${A:#x}       | unsupported modifier (:#) in substitution
            ${A^^}        | unsupported modifier (^) in substitution
            'open         | unexpected end of statement while looking for matching single-quote
            "open         | unexpected end of statement while looking for matching double-quote
            """)
    void refuses(String word, String message) {
        assertThatThrownBy(() -> expand(word)).isInstanceOf(ExpansionException.class)
                .hasMessage("failed to process " + GoText.quote(word) + ": " + message);
    }

    @Test
    void emptyValueIsSetForQuestionWithoutColon() throws ExpansionException {
        assertThat(expand("${EMPTY?}")).isEmpty();
    }

    @Test
    void wordsSplitOnlyUnquotedExpansions() throws ExpansionException {
        WordLexer lexer = new WordLexer('\\');
        assertThat(lexer.processWords("$SP \"$SP\" z", ENV::get)).containsExactly("x", "y", "x  y", "z");
        // an empty quoted word disappears, as in BuildKit
        assertThat(lexer.processWords("a \"\" b", ENV::get)).containsExactly("a", "b");
    }

    @Test
    void manyStarsDoNotBlowUp() {
        String value = "a".repeat(3000);
        String result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> new WordLexer('\\').processWord("${V##*a*a*a*a*a*b}${V%%a?a*}", Map.of("V", value)::get));
        assertThat(result).isEqualTo(value);
    }

    @Test
    void backtickEscapeToken() throws ExpansionException {
        assertThat(new WordLexer('`').processWord("c:\\dir`$A", ENV::get)).isEqualTo("c:\\dir$A");
    }

    @Test
    void skipUnsetKeepsReferences() throws ExpansionException {
        WordLexer lexer = new WordLexer('\\').skipUnsetEnv(true);
        assertThat(lexer.processWord("$A-$B-${C:-x}", ENV::get)).isEqualTo("a-$B-${C:-x}");
        assertThat(lexer.unsetNames()).containsExactly("B");
    }

    @Test
    void unsetNamesLeaveOutFormsWithAFallback() throws ExpansionException {
        WordLexer lexer = new WordLexer('\\');
        lexer.processWord("${D:-x}${E-x}${F:+y}${G+y}${H#p}${I/a/b}$J${K}'$L'\\$M\"$N\"", ENV::get);
        assertThat(lexer.unsetNames()).containsExactly("H", "I", "J", "K", "N");
    }
}
