package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input becomes a finding with a position (like hadolint's DL1000), never an exception or a stack trace. */
class BrokenDockerfileTest {

    @Test
    void syntaxErrorIsOneFindingAtItsPosition() {
        List<Finding> f = LintTestSupport.lint("FROM debian:12\nRUN <<EOF\necho never terminated\n");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.ruleId()).isEqualTo("TD000");
            assertThat(x.rule().aliases()).contains("DL1000");
            assertThat(((Location.File) x.location()).line()).isPositive();
            assertThat(x.message()).doesNotContain("\n").isNotBlank();
        });
    }

    @Test
    void instructionBuildkitRejectsIsReportedAndTheRestIsStillLinted() {
        List<Finding> f = LintTestSupport.lint("FROM debian:12\nHEALTHCHECK --retries=-1 CMD true\nRUN sudo make\n");
        assertThat(LintTestSupport.at(f)).contains("TD078@2", "TD005@3");
        assertThat(f).filteredOn(x -> x.ruleId().equals("TD078")).singleElement()
                .satisfies(x -> assertThat(x.rule().aliases()).doesNotContain("DL1000"));
    }

    @Test
    void binaryInputIsAFindingToo() {
        var result = new DockerfileLinter(LintOptions.defaults()).lint("Dockerfile", new byte[] {'F', 0, 'X'});
        assertThat(result.dockerfile()).isNull();
        assertThat(LintTestSupport.ids(result.report().findings())).containsExactly("TD000");
    }
}
