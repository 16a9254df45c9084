package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Files BuildKit refuses but hadolint accepts are reported as TD220, so DL1000 fires only where hadolint's would. */
class BuildkitOnlyParseErrorTest {

    @Test
    void emptyAndCommentOnlyFilesAreTd220WithoutTheDl1000Alias() {
        for (String text : List.of("", "\n\n", "# only a comment\n")) {
            assertThat(LintTestSupport.lint(text)).as("%s", text).singleElement().satisfies(f -> {
                assertThat(f.ruleId()).isEqualTo("TD220");
                assertThat(f.rule().aliases()).doesNotContain("DL1000");
                assertThat(f.message()).isEqualTo("file with no instructions");
            });
        }
    }

    @Test
    void repeatedParserDirectiveIsTd220AtItsLine() {
        List<Finding> f = LintTestSupport.lint("# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM debian:12\n");
        assertThat(LintTestSupport.at(f)).containsExactly("TD220@2");
    }

    @Test
    void jsonArrayWithANonStringIsTd220() {
        List<Finding> f = LintTestSupport.lint("FROM debian:12\nCMD [\"/bin/app\", 1]\n");
        assertThat(LintTestSupport.at(f)).containsExactly("TD220@2");
    }

    @Test
    void errorsHadolintSharesStayDl1000() {
        List<Finding> f = LintTestSupport.lint("FROM debian:12\nRUN <<EOF\necho never terminated\n");
        assertThat(f).singleElement().satisfies(x -> assertThat(x.rule().aliases()).contains("DL1000"));
    }
}
