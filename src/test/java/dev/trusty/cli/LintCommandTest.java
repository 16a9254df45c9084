package dev.trusty.cli;

import dev.trusty.core.Policy;
import dev.trusty.core.TargetReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTest {

    @TempDir
    Path dir;

    private LintCommand parse(String... args) {
        LintCommand command = new LintCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void directoriesAreSearchedForDockerfilesByName() throws Exception {
        Files.createDirectories(dir.resolve("svc/.git"));
        for (String name : List.of("Dockerfile", "svc/api.Dockerfile", "svc/Dockerfile.prod", "svc/Containerfile",
                "svc/.git/Dockerfile", "README.md")) {
            Files.writeString(dir.resolve(name), "FROM debian\n");
        }
        List<TargetReport> reports = parse("--shellcheck=never", dir.toString()).lint(Policy.defaults());
        assertThat(reports).extracting(r -> dir.relativize(Path.of(r.target().name())).toString())
                .containsExactlyInAnyOrder("Dockerfile", "svc/api.Dockerfile", "svc/Dockerfile.prod", "svc/Containerfile");
        assertThat(reports).allSatisfy(r -> assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("TD006")));
    }

    @Test
    void dashReadsStdin() {
        LintCommand command = parse("--shellcheck=never", "-");
        command.stdin = new ByteArrayInputStream("FROM debian:latest\n".getBytes(StandardCharsets.UTF_8));
        List<TargetReport> reports = command.lint(Policy.defaults());
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.target().name()).isEqualTo("-");
            assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("TD007"));
        });
    }

    @Test
    void fixRewritesTheFileAndReportsWhatIsLeft() throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM debian:12\nMAINTAINER me\nADD app.py /app/\nRUN apk add bash=5\n");
        List<TargetReport> reports = parse("--fix", "--shellcheck=never", file.toString()).lint(Policy.defaults());
        String fixed = Files.readString(file);
        assertThat(fixed).contains("LABEL org.opencontainers.image.authors=me", "COPY app.py /app/", "apk add --no-cache bash=5");
        assertThat(reports.getFirst().findings()).noneMatch(f -> List.of("TD070", "TD020", "TD019").contains(f.ruleId()));
    }

    /** Through the real entry point, where Main registers lint. */
    private static int trusty(StringWriter out, String... args) {
        PrintWriter w = new PrintWriter(out, true);
        return Main.run(args, w, w);
    }

    @Test
    void exitCodesFollowFindingsAndInputErrors() throws Exception {
        Path clean = dir.resolve("Dockerfile");
        Files.writeString(clean, "FROM debian:12\nUSER 10001\n");
        StringWriter out = new StringWriter();
        assertThat(trusty(out, "lint", "--shellcheck=never", clean.toString())).isZero();
        Files.writeString(clean, "FROM debian:12\nRUN sudo make\n");
        assertThat(trusty(out, "lint", "--shellcheck=never", clean.toString())).isEqualTo(1);
        assertThat(trusty(out, "lint", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(trusty(out, "lint", "--shellcheck=sometimes", clean.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("TD005").contains("missing: no such file or directory")
                .contains("unknown mode 'sometimes'");
    }

    @Test
    void jsonReportCarriesTheHadolintCodeAndLine() throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM debian:12\n# hadolint ignore=DL3015\nRUN apt-get install -y curl\n");
        StringWriter out = new StringWriter();
        assertThat(trusty(out, "lint", "--format", "json", "--shellcheck=never", file.toString())).isEqualTo(1);
        String json = out.toString();
        assertThat(json).contains("DL3008").contains("TD008").doesNotContain("DL3015");
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.toString()).contains("\"line\":3");
    }

    @Test
    void hadolintConfigIsPickedUpWithoutATrustyConfig() throws Exception {
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored: [DL3008]\n");
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n");
        StringWriter out = new StringWriter();
        trusty(out, "lint", "--format", "json", "--shellcheck=never", file.toString());
        assertThat(out.toString()).doesNotContain("TD008");
    }
}
