package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.trusty.dockerfile.lint.LintTestSupport.at;
import static dev.trusty.dockerfile.lint.LintTestSupport.lint;
import static org.assertj.core.api.Assertions.assertThat;

class InlinePragmasTest {

    @Test
    void hadolintIgnoreCoversOnlyTheNextInstruction() {
        List<Finding> f = lint("""
                FROM debian:12
                # hadolint ignore=DL3008
                RUN apt-get install -y --no-install-recommends curl
                RUN apt-get install -y --no-install-recommends git
                """);
        assertThat(at(f)).doesNotContain("TD008@3").contains("TD008@4");
    }

    @Test
    void trustyIgnoreAcceptsOurIdsAndSeveralCodesAndAReason() {
        List<Finding> f = lint("""
                FROM debian:12
                # trusty ignore=TD008, DL3015  # we pin through a snapshot mirror
                RUN apt-get install -y curl
                """);
        assertThat(at(f)).doesNotContain("TD008@3", "TD015@3");
    }

    @Test
    void globalIgnoreCoversTheWholeFile() {
        List<Finding> f = lint("""
                FROM debian:12
                RUN apt-get install -y --no-install-recommends curl
                # hadolint global ignore=DL3008
                RUN apt-get install -y --no-install-recommends git
                """);
        assertThat(at(f)).noneMatch(s -> s.startsWith("TD008"));
    }

    @Test
    void stageIgnoreCoversTheStageThatFollows() {
        List<Finding> f = lint("""
                # hadolint stage ignore=DL3008
                FROM debian:12 AS build
                RUN apt-get install -y --no-install-recommends curl
                FROM debian:12
                RUN apt-get install -y --no-install-recommends git
                """);
        assertThat(at(f)).doesNotContain("TD008@3").contains("TD008@5");
    }

    @Test
    void buildkitCheckDirectiveSkipsByCheckName() {
        List<Finding> f = lint("""
                # check=skip=StageNameCasing,JSONArgsRecommended
                FROM debian:12 AS Build
                CMD node app.js
                ENV A 1
                """);
        // hadolint's DL3025 (TD025) is no BuildKit check: only the BuildKit rule TD110 is skipped
        assertThat(LintTestSupport.ids(f)).doesNotContain("TD101", "TD110").contains("TD107", "TD025");
    }

    @Test
    void buildkitSkipAllOnlySilencesBuildkitChecks() {
        List<Finding> f = lint("""
                # check=skip=all
                FROM debian:12 AS Build
                RUN sudo make
                """);
        assertThat(LintTestSupport.ids(f)).doesNotContain("TD101").contains("TD005");
    }

    @Test
    void unusedIgnoresAreReportedOnlyWhenAsked() {
        String text = """
                FROM debian:12
                # hadolint ignore=DL3008,DL3020
                RUN apt-get install -y --no-install-recommends curl
                """;
        assertThat(LintTestSupport.ids(lint(text))).doesNotContain("TD219");
        List<Finding> f = lint(LintTestSupport.unused(), text);
        assertThat(f).filteredOn(x -> x.ruleId().equals("TD219")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("DL3020"))
                .satisfies(x -> assertThat(x.location().describe()).isEqualTo("Dockerfile:2:1"));
    }

    @Test
    void suppressedFindingsAreCounted() {
        var report = new DockerfileLinter(LintOptions.defaults()).lint("Dockerfile", """
                FROM debian:12
                # hadolint ignore=DL3004
                RUN sudo true
                """).report();
        assertThat(report.suppressed()).isGreaterThanOrEqualTo(1);
        assertThat(LintTestSupport.ids(report.findings())).doesNotContain("TD005");
    }
}
