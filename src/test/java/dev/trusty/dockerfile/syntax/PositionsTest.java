package dev.trusty.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every instruction, flag and argument knows where it is, also inside continuations. */
class PositionsTest {

    private static List<Instruction> parse(String text) {
        return DockerfileParser.parse("Dockerfile", text).instructions();
    }

    @Test
    void keywordFlagsAndArgsOnOneLine() {
        Instruction from = parse("  FROM --platform=linux/arm64 alpine:3 AS b\n").get(0);
        assertThat(from.keywordSpan()).isEqualTo(new Span(1, 3, 1, 7));
        assertThat(from.flags().get(0).span()).isEqualTo(new Span(1, 8, 1, 30));
        assertThat(from.args()).extracting(Arg::span).containsExactly(new Span(1, 31, 1, 39),
                new Span(1, 40, 1, 42), new Span(1, 43, 1, 44));
    }

    @Test
    void argumentsInsideContinuations() {
        List<Instruction> list = parse("FROM a\nCOPY --chown=1:1 \\\n    src1 \\\n\n  # c\n    /dest/\n");
        Instruction copy = list.get(1);
        assertThat(copy.flags().get(0).span()).isEqualTo(new Span(2, 6, 2, 17));
        assertThat(copy.args()).extracting(Arg::span).containsExactly(new Span(3, 5, 3, 9), new Span(6, 5, 6, 11));
        assertThat(copy.line()).isEqualTo(2);
        assertThat(copy.endLine()).isEqualTo(6);
    }

    @Test
    void envTriplePositions() {
        Instruction env = parse("FROM a\nENV A=1 \\\n  LONG_NAME=\"x y\"\n").get(1);
        List<Instruction.KeyValue> kvs = env.keyValues();
        assertThat(kvs.get(1).key().span()).isEqualTo(new Span(3, 3, 3, 12));
        assertThat(kvs.get(1).value().span()).isEqualTo(new Span(3, 13, 3, 18));
        assertThat(kvs.get(1).legacy()).isFalse();
    }

    @Test
    void wordSpanningAContinuation() {
        Instruction run = parse("FROM a\nRUN ec\\\nho hi\n").get(1);
        assertThat(run.args().get(0).span()).isEqualTo(new Span(2, 5, 3, 6));
        assertThat(run.restSpan()).isEqualTo(new Span(2, 5, 3, 6));
    }

    @Test
    void jsonElementPositions() {
        Instruction cmd = parse("FROM a\nCMD [ \"a\", \\\n  \"b c\" ]\n").get(1);
        assertThat(cmd.args()).extracting(Arg::span).containsExactly(new Span(2, 7, 2, 10), new Span(3, 3, 3, 8));
    }

    @Test
    void heredocLines() {
        Instruction run = parse("FROM a\nRUN <<A <<B\na1\nA\nb1\nb2\nB\nRUN x\n").get(1);
        assertThat(run.heredocs()).extracting(Heredoc::bodyLine, Heredoc::terminatorLine)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 4), org.assertj.core.groups.Tuple.tuple(5, 7));
        assertThat(run.endLine()).isEqualTo(7);
    }

    @Test
    void onbuildChildPositions() {
        Instruction onbuild = parse("FROM a\nONBUILD  COPY --from=x a b\n").get(1);
        assertThat(onbuild.child().keywordSpan()).isEqualTo(new Span(2, 10, 2, 14));
        assertThat(onbuild.child().flags().get(0).span()).isEqualTo(new Span(2, 15, 2, 23));
    }

    @Test
    void bomDoesNotShiftColumns() {
        Instruction from = parse("\uFEFFFROM a\n").get(0);
        assertThat(from.keywordSpan()).isEqualTo(new Span(1, 1, 1, 5));
    }
}
