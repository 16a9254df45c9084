package dev.trusty.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Continuation and escape behaviour that BuildKit's own parser testfiles pin down, in our own words. */
class ContinuationEdgeCasesTest {

    private static String dump(String text) {
        return DockerfileDump.buildkit(DockerfileParser.parseSyntax("Dockerfile", text));
    }

    @Test
    void indentedContinuationsKeepTheirIndent() {
        String text = """
                FROM x
                RUN printf one\\
                    two\\
                    three  \\
                four
                RUN printf a  \\
                  b
                RUN printf c \\
                 \\
                 d \\
                \\
                 e\\
                \\
                f
                """;
        assertThat(dump(text)).isEqualTo("""
                (from "x")
                (run "printf one    two    three  four")
                (run "printf a    b")
                (run "printf c   d  ef")
                """);
    }

    @Test
    void trailingBlanksAfterTheTokenStillContinue() {
        assertThat(dump("FROM x\nRUN a  \\  \nb\n")).isEqualTo("(from \"x\")\n(run \"a  b\")\n");
    }

    @Test
    void commentsWithBackslashesAreNotContinuations() {
        String text = "FROM x\n# note \\\n# more \\\nRUN [\"ls\"]\n";
        assertThat(dump(text)).isEqualTo("(from \"x\")\n(run \"ls\")\n");
    }

    @Test
    void blankAndCommentLinesAmidContinuation() {
        String text = "FROM x\nRUN echo start \\\n# comment\n\n# another\n\nend of it\n";
        assertThat(dump(text)).isEqualTo("(from \"x\")\n(run \"echo start end of it\")\n");
    }

    @Test
    void backslashesOutsideContinuationAreKept() {
        String text = "FROM x\nMAINTAINER A \\\\B <a@b>\\\"\nRUN cmd \\opt && \\\n  cmd2 \\\"q\nADD \\src\\\\\" /d\n";
        assertThat(dump(text)).isEqualTo("""
                (from "x")
                (maintainer "A \\\\\\\\B <a@b>\\\\\\"")
                (run "cmd \\\\opt &&   cmd2 \\\\\\"q")
                (add "\\\\src\\\\\\\\\\"" "/d")
                """);
    }

    @Test
    void escapeDirectiveAfterCommentIsIgnored() {
        String text = "# a plain comment first\n# escape = `\n\nFROM x\nENV HOME \\\n\\home\n";
        assertThat(dump(text)).isEqualTo("(from \"x\")\n(env \"HOME\" \"\\\\home\" \"\")\n");
    }

    @Test
    void backtickDirectiveMakesBackslashLiteral() {
        String text = "#escape = `\n\nFROM x\nENV HOME `\n\\home\n";
        assertThat(dump(text)).isEqualTo("(from \"x\")\n(env \"HOME\" \"\\\\home\" \"\")\n");
    }

    @Test
    void envQuotingVariants() {
        String text = """
                FROM x
                ENV k="v w" k2=v\\ w k3='a"b"c' k4="a'b'c"
                ENV k='a\\'b'
                ENV k='a\\'b''
                ENV k="a\\"b"
                ENV k="''"
                ENV k=v \\
                    k2="multi \\
                       line"
                """;
        assertThat(dump(text)).isEqualTo("""
                (from "x")
                (env "k" "\\"v w\\"" "=" "k2" "v\\\\ w" "=" "k3" "'a\\"b\\"c'" "=" "k4" "\\"a'b'c\\"" "=")
                (env "k" "'a\\\\'b'" "=")
                (env "k" "'a\\\\'b''" "=")
                (env "k" "\\"a\\\\\\"b\\"" "=")
                (env "k" "\\"''\\"" "=")
                (env "k" "v" "=" "k2" "\\"multi        line\\"" "=")
                """);
    }

    @Test
    void legacyEnvWithSeveralWordsIsOnePair() {
        assertThat(dump("FROM x\nENV A 1 B 3\nENV A \"1 B 3\"\n"))
                .isEqualTo("(from \"x\")\n(env \"A\" \"1 B 3\" \"\")\n(env \"A\" \"\\\"1 B 3\\\"\" \"\")\n");
    }

    @Test
    void tabsSeparateLikeSpaces() {
        assertThat(dump("FROM\tx\nLABEL\tkey\tsome value\nADD\t\ta\t/b\n"))
                .isEqualTo("(from \"x\")\n(label \"key\" \"some value\" \"\")\n(add \"a\" \"/b\")\n");
    }

    @Test
    void jsonEdgeCases() {
        String text = "FROM x\nCMD [\"\"]\nCMD [\t\"a\",\t\"b\"\t]\nCMD [\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000\"]\n";
        assertThat(dump(text)).isEqualTo("(from \"x\")\n(cmd \"\")\n(cmd \"a\" \"b\")\n"
                + "(cmd \"\\\" \\\\ / \\b \\f \\n \\r \\t \\x00\")\n");
    }
}
