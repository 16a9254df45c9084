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
        // TD025's finding on line 3 is BuildKit's JSONArgsRecommended too (one finding per problem): skipped
        assertThat(LintTestSupport.ids(f)).doesNotContain("TD101", "TD025").contains("TD107");
    }

    @Test
    void buildkitCheckDirectiveLeavesFindingsBuildkitDoesNotReport() {
        List<Finding> f = lint("""
                # check=skip=JSONArgsRecommended
                FROM debian:12
                SHELL ["/bin/bash", "-c"]
                CMD node app.js
                """);
        // after a SHELL BuildKit is silent, hadolint's DL3025 is not: the finding carries no BuildKit name
        assertThat(f).filteredOn(x -> x.ruleId().equals("TD025")).singleElement()
                .satisfies(x -> assertThat(x.rule().aliases()).contains("DL3025").doesNotContain("JSONArgsRecommended"));
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
