package dev.trusty.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Layer 1: each grammar rule and quirk of BuildKit's parser, checked through its own dump format. */
class DockerfileParserTest {

    static String dump(String text) {
        return DockerfileDump.buildkit(DockerfileParser.parseSyntax("Dockerfile", text));
    }

    static Dockerfile parse(String text) {
        return DockerfileParser.parse("Dockerfile", text);
    }

    @Test
    void commandIsLowerCasedAndKeywordKeepsCase() {
        Dockerfile df = parse("From alpine\nrun echo hi\n");
        assertThat(dump("From alpine\nrun echo hi\n")).isEqualTo("(from \"alpine\")\n(run \"echo hi\")\n");
        assertThat(df.instructions().get(0).keyword()).isEqualTo("From");
    }

    @Test
    void commentsAndBlankLinesAreSkippedButHashInsideIsText() {
        assertThat(dump("# c\n\n   \nFROM a\n  # indented comment\nRUN echo # not a comment\n"))
                .isEqualTo("(from \"a\")\n(run \"echo # not a comment\")\n");
    }

    @Test
    void continuationJoinsWithoutSeparatorKeepingLeadingWhitespace() {
        assertThat(dump("FROM a\nRUN a \\\n  b\nRUN hello\\\nworld\n"))
                .isEqualTo("(from \"a\")\n(run \"a   b\")\n(run \"helloworld\")\n");
    }

    @Test
    void continuationTokenMayBeFollowedBySpacesAndTabs() {
        assertThat(dump("FROM a\nRUN a \\ \t\nb\n")).isEqualTo("(from \"a\")\n(run \"a b\")\n");
    }

    @Test
    void doubledEscapeDoesNotContinue() {
        assertThat(dump("FROM a\nRUN foo\\\\\nRUN bar\n"))
                .isEqualTo("(from \"a\")\n(run \"foo\\\\\\\\\")\n(run \"bar\")\n");
    }

    @Test
    void commentsAndEmptyLinesInsideContinuationAreDropped() {
        Dockerfile df = DockerfileParser.parseSyntax("Dockerfile", "FROM a\nRUN a \\\n# c\n\n    \\\n  b\n");
        // "    \\" continues too: the space before the token is kept
        assertThat(DockerfileDump.buildkit(df)).isEqualTo("(from \"a\")\n(run \"a       b\")\n");
        assertThat(df.emptyContinuationLines()).containsExactly(4);
        assertThat(df.instructions().get(1).endLine()).isEqualTo(6);
    }

    @Test
    void lineOfOnlyTheTokenContinues() {
        assertThat(dump("FROM a\nRUN a\\\n\\\nb\n")).isEqualTo("(from \"a\")\n(run \"ab\")\n");
    }

    @Test
    void continuationOpenAtEndOfFileEndsTheInstruction() {
        Dockerfile df = parse("FROM a\nRUN echo \\");
        assertThat(DockerfileDump.buildkit(df)).isEqualTo("(from \"a\")\n(run \"echo\")\n");
    }

    @Test
    void crlfAndBomAreRemoved() {
        assertThat(dump("\uFEFFFROM a\r\nRUN b \\\r\n c\r\n")).isEqualTo("(from \"a\")\n(run \"b  c\")\n");
    }

    @Test
    void escapeDirectiveSwitchesToBacktick() {
        String text = "# escape=`\nFROM windows\nRUN dir `\n  c:\\foo\nCOPY a\\b c:\\\n";
        Dockerfile df = parse(text);
        assertThat(df.escapeToken()).isEqualTo('`');
        assertThat(DockerfileDump.buildkit(df))
                .isEqualTo("(from \"windows\")\n(run \"dir   c:\\\\foo\")\n(copy \"a\\\\b\" \"c:\\\\\")\n");
    }

    @Test
    void directivesStopAtFirstNonDirectiveLine() {
        // after a comment the escape directive is only a comment (BuildKit testfile escape-after-comment)
        Dockerfile df = parse("# foo\n# escape=`\nFROM a\nRUN x \\\n y\n");
        assertThat(df.escapeToken()).isEqualTo('\\');
        assertThat(df.directives()).isEmpty();
        // a blank line ends the directive block too
        assertThat(parse("\n# escape=`\nFROM a\n").escapeToken()).isEqualTo('\\');
        // unknown directive ends it
        assertThat(parse("# foo=bar\n# escape=`\nFROM a\n").escapeToken()).isEqualTo('\\');
    }

    @Test
    void directiveFormAllowsSpacesAndAnyCase() {
        Dockerfile df = parse("#  ESCAPE = `  \n# syntax=docker/dockerfile:1\n# check=skip=all\nFROM a\n");
        assertThat(df.escapeToken()).isEqualTo('`');
        assertThat(df.directives()).extracting(Directive::name).containsExactly("escape", "syntax", "check");
        assertThat(df.directives().get(1).value()).isEqualTo("docker/dockerfile:1");
    }

    @Test
    void directiveLinesAreNotPreviousComments() {
        Dockerfile df = parse("# syntax=x\n# describe\nFROM a\n");
        assertThat(df.instructions().get(0).comments()).extracting(Comment::text).containsExactly("describe");
    }

    @Test
    void previousCommentsResetOnEmptyHash() {
        Dockerfile df = parse("FROM a\n# one\n#\n# two\n# hadolint ignore=DL3008\nRUN x\n");
        assertThat(df.instructions().get(1).comments()).extracting(Comment::text)
                .containsExactly("two", "hadolint ignore=DL3008");
        assertThat(df.comments()).extracting(Comment::line).containsExactly(2, 3, 4, 5);
    }

    @Test
    void flagsAreTakenFromEveryInstructionWithQuotesRemoved() {
        assertThat(dump("FROM --platform=\"linux/amd64\" a\nENV --x a=b\nCOPY --from=b -- --c d\n"))
                .isEqualTo("(from [\"--platform=linux/amd64\"] \"a\")\n(env [\"--x\"] \"a\" \"b\" \"=\")\n"
                        + "(copy [\"--from=b\"] \"--c\" \"d\")\n");
    }

    @Test
    void flagsHonourEscapes() {
        assertThat(dump("FROM a\nRUN --mount=type=bind,target=/a\\ b echo\n"))
                .isEqualTo("(from \"a\")\n(run [\"--mount=type=bind,target=/a b\"] \"echo\")\n");
    }

    @Test
    void bareDoubleDashEndsFlagsAndIsDropped() {
        assertThat(dump("FROM a\nCMD --doit -- [ \"a\", \"b\" ]\n"))
                .isEqualTo("(from \"a\")\n(cmd [\"--doit\"] \"a\" \"b\")\n");
    }

    @Test
    void execFormAndItsFallbacks() {
        assertThat(dump("FROM a\nCMD [\"a\",\t\"b\\n\"]  \nCMD ['a']\nCMD [\"a\"] x\nCMD [\"a\"\nRUN []\n"))
                .isEqualTo("(from \"a\")\n(cmd \"a\" \"b\\n\")\n(cmd \"['a']\")\n(cmd \"[\\\"a\\\"] x\")\n"
                        + "(cmd \"[\\\"a\\\"\")\n(run)\n");
        Dockerfile df = parse("FROM a\nRUN []\nCMD [\"x\"]\nCMD x\n");
        assertThat(df.instructions()).extracting(Instruction::json).containsExactly(false, true, true, false);
    }

    @Test
    void jsonUnicodeEscapesAreDecoded() {
        assertThat(dump("FROM a\nCMD [\"\\u00e9\\/\\ud83d\\ude00\"]\n"))
                .isEqualTo("(from \"a\")\n(cmd \"\u00e9/\uD83D\uDE00\")\n");
    }

    @Test
    void copyAddVolumeSplitOnWhitespaceWithoutQuoteHandling() {
        assertThat(dump("FROM a\nCOPY \"a b\" c\nVOLUME /a /b\nADD [\"x y\", \"z\"]\n"))
                .isEqualTo("(from \"a\")\n(copy \"\\\"a\" \"b\\\"\" \"c\")\n(volume \"/a\" \"/b\")\n"
                        + "(add \"x y\" \"z\")\n");
    }

    @Test
    void argKeepsQuotesAndSplitsOnUnquotedSpace() {
        assertThat(dump("ARG abc=\"123 456\" def=x\\ y ghi\n"))
                .isEqualTo("(arg \"abc=\\\"123 456\\\"\" \"def=x\\\\ y\" \"ghi\")\n");
    }

    @Test
    void envTriplesForBothForms() {
        assertThat(dump("FROM a\nENV A=1 B=\"x y\"\nENV C  some  value \nLABEL \"k\"='v w'\n"))
                .isEqualTo("(from \"a\")\n(env \"A\" \"1\" \"=\" \"B\" \"\\\"x y\\\"\" \"=\")\n"
                        + "(env \"C\" \"some  value\" \"\")\n(label \"\\\"k\\\"\" \"'v w'\" \"=\")\n");
    }

    @Test
    void singleQuotesStopEscapesInWords() {
        assertThat(dump("FROM a\nENV A='x\\' B=\"y\\\" z\"\n"))
                .isEqualTo("(from \"a\")\n(env \"A\" \"'x\\\\'\" \"=\" \"B\" \"\\\"y\\\\\\\" z\\\"\" \"=\")\n");
    }

    @Test
    void fromExposeSplitOnWhitespace() {
        assertThat(dump("FROM a AS b\nEXPOSE 80/tcp  443\n"))
                .isEqualTo("(from \"a\" \"AS\" \"b\")\n(expose \"80/tcp\" \"443\")\n");
    }

    @Test
    void stringInstructionsKeepTheWholeRest() {
        assertThat(dump("FROM a\nUSER a b\nWORKDIR /x y\nSTOPSIGNAL SIGKILL\nMAINTAINER Me <me@x>\n"))
                .isEqualTo("(from \"a\")\n(user \"a b\")\n(workdir \"/x y\")\n(stopsignal \"SIGKILL\")\n"
                        + "(maintainer \"Me <me@x>\")\n");
    }

    @Test
    void healthcheckTypeThenCommand() {
        assertThat(dump("FROM a\nHEALTHCHECK --interval=5s CMD [\"curl\",\"x\"]\nHEALTHCHECK none\n"
                + "HEALTHCHECK CMD curl -f x\n"))
                .isEqualTo("(from \"a\")\n(healthcheck [\"--interval=5s\"] \"CMD\" \"curl\" \"x\")\n"
                        + "(healthcheck \"none\")\n(healthcheck \"CMD\" \"curl -f x\")\n");
    }

    @Test
    void onbuildHoldsItsTrigger() {
        Dockerfile df = parse("FROM a\nONBUILD RUN --mount=type=cache,target=/c echo hi\n");
        assertThat(DockerfileDump.buildkit(df))
                .isEqualTo("(from \"a\")\n(onbuild (run [\"--mount=type=cache,target=/c\"] \"echo hi\"))\n");
        Instruction onbuild = df.instructions().get(1);
        assertThat(onbuild.args()).isEmpty();
        assertThat(onbuild.child().flags()).extracting(Flag::name).containsExactly("mount");
    }

    @Test
    void unknownInstructionParsesWithEmptyArgument() {
        assertThat(dump("FOO bar baz\n")).isEqualTo("(foo \"\")\n");
    }

    @Test
    void heredocBasic() {
        Dockerfile df = parse("FROM a\nRUN <<EOF\necho hi\n# not a comment \\\nEOF\nRUN x\n");
        Instruction run = df.instructions().get(1);
        assertThat(run.heredocs()).singleElement().satisfies(h -> {
            assertThat(h.name()).isEqualTo("EOF");
            assertThat(h.content()).isEqualTo("echo hi\n# not a comment \\\n");
            assertThat(h.expand()).isTrue();
            assertThat(h.bodyLine()).isEqualTo(3);
            assertThat(h.terminatorLine()).isEqualTo(5);
        });
        assertThat(run.line()).isEqualTo(2);
        assertThat(run.endLine()).isEqualTo(5);
        assertThat(df.instructions().get(2).line()).isEqualTo(6);
    }

    @Test
    void heredocChompAndQuotedNames() {
        Dockerfile df = parse("FROM a\nRUN <<-\"EOF\" cat\n\thello\n\tEOF\nCOPY <<eo'f' <<'X' /d/\na\neof\nb\nX\n");
        Heredoc chomp = df.instructions().get(1).heredocs().get(0);
        assertThat(chomp.chomp()).isTrue();
        assertThat(chomp.expand()).isFalse();
        assertThat(chomp.content()).isEqualTo("\thello\n");
        assertThat(chomp.effectiveContent()).isEqualTo("hello\n");
        assertThat(df.instructions().get(2).heredocs()).extracting(Heredoc::name, Heredoc::content,
                Heredoc::expand).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eof", "a\n", false),
                        org.assertj.core.groups.Tuple.tuple("X", "b\n", false));
    }

    @Test
    void escapedQuoteInHeredocNameStillExpands() {
        Heredoc h = parse("FROM a\nRUN <<eo\\'f\nx\neo'f\n").instructions().get(1).heredocs().get(0);
        assertThat(h.name()).isEqualTo("eo'f");
        assertThat(h.expand()).isTrue();
    }

    @Test
    void severalHeredocsReadInOrder() {
        Dockerfile df = parse("FROM a\nCOPY <<X <<Y /dest\nY\nX\nX\nY\n");
        assertThat(df.instructions().get(1).heredocs()).extracting(Heredoc::name, Heredoc::content)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("X", "Y\n"),
                        org.assertj.core.groups.Tuple.tuple("Y", "X\n"));
    }

    @Test
    void notHeredocs() {
        // not at the start of a word, quoted, exec form, or an instruction without heredocs
        assertThat(parse("FROM a\nRUN cat<<EOF\nRUN echo \"<<X\"\nRUN [\"<<EOF\"]\nENV A=<<EOF\n")
                .instructions()).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
    }

    @Test
    void heredocWithFileDescriptorAndEmptyBody() {
        Heredoc h = parse("FROM a\nRUN 3<<X cat\nX\n").instructions().get(1).heredocs().get(0);
        assertThat(h.fileDescriptor()).isEqualTo(3);
        assertThat(h.content()).isEmpty();
    }

    @Test
    void onbuildHeredocAttachesToOnbuild() {
        Instruction in = parse("FROM a\nONBUILD RUN <<EOF\nx\nEOF\n").instructions().get(1);
        assertThat(in.heredocs()).extracting(Heredoc::content).containsExactly("x\n");
        assertThat(in.endLine()).isEqualTo(4);
    }

    @Test
    void originalIsTheJoinedLogicalLine() {
        Instruction in = parse("FROM a\n  RUN a \\\n   b  \n").instructions().get(1);
        assertThat(in.original()).isEqualTo("RUN a    b  ");
        assertThat(in.line()).isEqualTo(2);
        assertThat(in.endLine()).isEqualTo(3);
    }

    @Test
    void nonBreakingSpaceIsGoWhitespaceForTrimming() {
        assertThat(dump("FROM a\nRUN echo hi\u00a0\n")).isEqualTo("(from \"a\")\n(run \"echo hi\")\n");
    }

    @Test
    void dumpQuotesLikeGo() {
        assertThat(GoText.quote("a\tb\u0001\u00e9\u200b")).isEqualTo("\"a\\tb\\x01\u00e9\\u200b\"");
    }
}
