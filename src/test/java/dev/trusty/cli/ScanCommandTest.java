package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.ExitCode;
import dev.trusty.engine.DockerEngine;
import dev.trusty.engine.EngineTest;
import dev.trusty.engine.TestImages;
import dev.trusty.image.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ScanCommandTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scansEveryKindOfTargetInTheExamples() throws IOException {
        Cli cli = Cli.run("scan", "examples", "-f", "json");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode report = JSON.readTree(cli.out());
        Set<String> kinds = new HashSet<>();
        report.path("targets").forEach(t -> kinds.add(t.path("kind").asText()));
        assertThat(kinds).contains("dockerfile", "compose", "kubernetes");
        Set<String> ids = new HashSet<>();
        report.path("findings").forEach(f -> ids.add(f.path("id").asText()));
        assertThat(ids).contains("TD007", "TD020", "TC001", "TC004");
    }

    @Test
    void ignoresByAliasAcrossDomains() throws IOException {
        Cli cli = Cli.run("scan", "examples", "-f", "json", "--ignore", "DL3007,CIS-5.5");
        Set<String> ids = new HashSet<>();
        JSON.readTree(cli.out()).path("findings").forEach(f -> ids.add(f.path("id").asText()));
        assertThat(ids).doesNotContain("TD007", "TC001").contains("TD020");
    }

    @Test
    void honoursTheNearestConfigAndHadolintsWhenThereIsNone() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:latest\nUSER 1000\n");
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored: [DL3007]\n");
        Cli quiet = Cli.run("scan", dir.toString(), "-q");
        assertThat(quiet.out()).doesNotContain("TD007");
        Files.writeString(dir.resolve(".trusty.yaml"), "fail-on: critical\n");
        Cli own = Cli.run("scan", dir.toString(), "-q");
        assertThat(own.out()).contains("TD007");
        assertThat(own.exitCode()).isZero();
    }

    @Test
    void auditsScriptsWithDockerRunLines() throws IOException {
        Files.writeString(dir.resolve("deploy.sh"), "#!/bin/sh\nset -e\ndocker run -d --privileged \\\n  -v /:/host app:1\n");
        Cli cli = Cli.run("scan", dir.toString(), "-f", "json");
        Set<String> ids = new HashSet<>();
        JSON.readTree(cli.out()).path("findings").forEach(f -> ids.add(f.path("id").asText()));
        assertThat(ids).contains("TC001", "TC005");
    }

    @Test
    void findsImageArchivesInDirectories() throws IOException {
        TestArchives.Layer layer = new TestArchives.Layer().file("etc/passwd", "root:x:0:0::/root:/bin/sh\n", 0644);
        var files = new TestArchives.Oci().image(new TestArchives.Config(), java.util.List.of(layer.gzip()),
                java.util.List.of(layer.tar()), null, "scan:1").files();
        Files.createDirectories(dir.resolve("images"));
        TestArchives.tar(dir.resolve("images/app.tar"), files);
        Cli cli = Cli.run("scan", dir.toString(), "-f", "json");
        JsonNode report = JSON.readTree(cli.out());
        Set<String> kinds = new HashSet<>();
        report.path("targets").forEach(t -> kinds.add(t.path("kind").asText()));
        assertThat(kinds).containsExactly("image");
        Set<String> ids = new HashSet<>();
        report.path("findings").forEach(f -> ids.add(f.path("id").asText()));
        assertThat(ids).contains("TI001");
    }

    @Test
    @EngineTest
    void scansAnImageOfTheEngineByName() throws IOException {
        try (DockerEngine engine = DockerEngine.connect(null)) {
            String image = TestImages.busybox(engine);
            Cli cli = Cli.run("scan", image, "-f", "json");
            assertThat(cli.err()).isEmpty();
            JsonNode report = JSON.readTree(cli.out());
            assertThat(report.path("targets").get(0).path("name").asText()).contains("busybox");
            Set<String> ids = new HashSet<>();
            report.path("findings").forEach(f -> ids.add(f.path("id").asText()));
            assertThat(ids).contains("TI001");
        }
    }

    @Test
    void emptyDirectorySaysSoAndPasses() {
        Cli cli = Cli.run("scan", dir.toString());
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("nothing to scan");
    }

    @Test
    void malformedConfigIsFileLineColumnExit2() throws IOException {
        Path config = dir.resolve(".trusty.yaml");
        Files.writeString(config, "ignore: [DL3008]\nfail-on: [high\n");
        Cli cli = Cli.run("scan", "examples", "--config", config.toString());
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .matches("trusty: " + java.util.regex.Pattern.quote(config.toString()) + ":\\d+:\\d+: .+");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void missingPathIsOneLineExit2() {
        Cli cli = Cli.run("scan", "./no/such/Dockerfile");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err().strip()).isEqualTo("trusty: ./no/such/Dockerfile: no such file or directory");
    }

    @Test
    void malformedDockerfileIsReportedWithItsPosition() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nFROMM x\n");
        Cli cli = Cli.run("scan", dir.toString(), "-q");
        assertThat(cli.out() + cli.err()).contains("Dockerfile:2:");
    }

    @Test
    void imageNameWithoutEngineIsOneLineExit2(@TempDir Path sockets) {
        Cli cli = Cli.run("scan", "--host", "unix://" + sockets.resolve("none.sock"), "someimage:1.0");
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .startsWith("trusty: someimage:1.0: not a file or directory, and not found as an image");
    }
}
