package dev.trusty.dockerfile.lint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DockerignoreTest {

    @TempDir
    Path dir;

    @Test
    void theDockerignoreNextToTheDockerfileIsRead() throws Exception {
        Files.writeString(dir.resolve(".dockerignore"), "*.md\n");
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nCOPY README.md /app/\n");
        var findings = new DockerfileLinter(LintOptions.defaults()).lint(dir.resolve("Dockerfile")).report().findings();
        assertThat(LintTestSupport.ids(findings)).contains("TD113");
    }

    @Test
    void anEmptyDockerignoreIgnoresNothing() throws Exception {
        // an empty file gives the same (empty) settings as none: the linter must not look for it again and again
        Files.writeString(dir.resolve(".dockerignore"), "");
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nCOPY README.md /app/\n");
        var linter = new DockerfileLinter(LintOptions.defaults());
        assertThat(LintTestSupport.ids(linter.lint(dir.resolve("Dockerfile")).report().findings())).doesNotContain("TD113");
        assertThat(linter.lintFiles(java.util.List.of(dir))).singleElement()
                .satisfies(r -> assertThat(LintTestSupport.ids(r.report().findings())).doesNotContain("TD113"));
    }

    @Test
    void aDockerfileSpecificIgnoreFileWins() throws Exception {
        Files.writeString(dir.resolve(".dockerignore"), "*.md\n");
        Files.writeString(dir.resolve("api.Dockerfile.dockerignore"), "*.txt\n");
        Files.writeString(dir.resolve("api.Dockerfile"), "FROM debian:12\nCOPY README.md notes.txt /app/\n");
        var findings = new DockerfileLinter(LintOptions.defaults()).lint(dir.resolve("api.Dockerfile")).report().findings();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("TD113")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("notes.txt"));
    }
}
