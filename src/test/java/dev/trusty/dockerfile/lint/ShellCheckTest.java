package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.dockerfile.rules.LintSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs the real shellcheck binary. CI installs it (CI=true makes its absence a failure, not a skip). */
class ShellCheckTest {

    @BeforeEach
    void needShellcheck() {
        boolean present = ShellCheck.find() != null;
        if (System.getenv("CI") != null) {
            assertThat(present).as("shellcheck must be installed in CI").isTrue();
        }
        assumeTrue(present, "shellcheck not on PATH");
    }

    private static List<Finding> lint(String text) {
        LintOptions options = new LintOptions(Policy.defaults(), LintSettings.DEFAULTS,
                LintOptions.ShellCheckMode.ALWAYS, false);
        return new DockerfileLinter(options).lint("Dockerfile", text).report().findings().stream()
                .filter(f -> f.ruleId().startsWith("SC")).toList();
    }

    @Test
    void findingsMapBackToDockerfileLineAndColumn() {
        List<Finding> f = lint("""
                FROM debian:12
                RUN echo $1 > /tmp/x && \\
                    cp $SRC /tmp/y
                """);
        assertThat(f).extracting(Finding::ruleId).contains("SC2086");
        // $1 on the RUN's own line gets its exact column; $SRC on the continuation line is reported
        // from the RUN keyword (hadolint's line) to the end of the word.
        assertThat(f).filteredOn(x -> x.ruleId().equals("SC2086")).extracting(Finding::location)
                .contains(new Location.File("Dockerfile", 2, 10, 2, 12), new Location.File("Dockerfile", 2, 1, 3, 12));
        assertThat(f.getFirst().rule().aliases()).contains("SC2086");
    }

    @Test
    void argAndEnvNamesAreDeclaredSoTheyAreNotUnassigned() {
        List<Finding> f = lint("""
                FROM debian:12
                ARG version
                RUN echo "$version"
                """);
        assertThat(f).extracting(Finding::ruleId).doesNotContain("SC2154");
    }

    @Test
    void stageShellIsUsedAndNonPosixShellsAreSkipped() {
        String bashism = "RUN [[ -f /etc/os-release ]] && echo yes\n";
        assertThat(lint("FROM debian:12\n" + bashism)).extracting(Finding::ruleId).contains("SC3010");
        assertThat(lint("FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\n" + bashism)).isEmpty();
        assertThat(lint("FROM windows:1\nSHELL [\"pwsh\", \"-c\"]\nRUN echo $1 | grep x\n")).isEmpty();
    }

    @Test
    void heredocScriptsAreCheckedAtTheirLines() {
        List<Finding> f = lint("""
                FROM debian:12
                RUN <<EOF
                set -e
                echo $1
                EOF
                """);
        assertThat(f).anySatisfy(x -> {
            assertThat(x.ruleId()).isEqualTo("SC2086");
            assertThat(((Location.File) x.location()).line()).isEqualTo(2);
            assertThat(((Location.File) x.location()).endLine()).isEqualTo(4);
        });
    }

    @Test
    void heredocsForOtherInterpretersAreNotShellChecked() {
        List<Finding> f = lint("""
                FROM python:3.12
                RUN <<EOF
                #!/usr/bin/env python3
                for name in (1, 2): print(name)
                EOF
                """);
        assertThat(f).isEmpty();
        // the same body fed to a shell is a ShellCheck error, so the skip above is what keeps it quiet
        assertThat(lint("FROM python:3.12\nRUN <<EOF\nfor name in (1, 2): print(name)\nEOF\n")).isNotEmpty();
    }

    @Test
    void scCodesCanBeIgnoredInline() {
        List<Finding> f = lint("""
                FROM debian:12
                # hadolint ignore=SC2086
                RUN echo $1
                """);
        assertThat(f).isEmpty();
    }
}
