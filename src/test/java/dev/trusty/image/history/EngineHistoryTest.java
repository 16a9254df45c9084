package dev.trusty.image.history;

import dev.trusty.core.Policy;
import dev.trusty.core.TargetReport;
import dev.trusty.image.ImageAudit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The history the engine's classic builder really writes ({@code #(nop)} entries, {@code |1 A=b}
 * build args), from an image built here ({@code FROM scratch} + static busybox, stand-in curl and
 * apt-get scripts, no network) and saved with {@code docker save}. Skipped when no engine answers,
 * except in CI.
 */
@Tag("engine")
class EngineHistoryTest {
    @TempDir
    Path work;

    @Test
    void riskyRunsOfARealBuildAreReportedAtTheirHistoryEntries() throws Exception {
        if (run("docker", "version", "--format", "{{.Server.Version}}") != 0) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but no Docker engine answers: engine tests must run in CI");
            }
            Assumptions.abort("no Docker engine answers; engine tests skipped outside CI");
        }
        Path rootfs = work.resolve("ctx/rootfs");
        Files.createDirectories(rootfs.resolve("bin"));
        Files.createDirectories(rootfs.resolve("srv/drop"));
        Files.copy(Path.of("/bin/busybox"), rootfs.resolve("bin/busybox"));
        for (String applet : List.of("sh", "chmod", "touch", "mkdir")) {
            Files.createSymbolicLink(rootfs.resolve("bin/" + applet), Path.of("busybox"));
        }
        script(rootfs.resolve("usr/local/bin/curl"), "echo 'touch /installed'");
        script(rootfs.resolve("usr/local/bin/apt-get"), "mkdir -p /var/log && echo \"$@\" >> /var/log/apt.log");
        Files.writeString(work.resolve("ctx/Dockerfile"), """
                FROM scratch
                COPY rootfs/ /
                ARG VERSION=1.2
                RUN curl -fsSL https://get.example.com/install.sh | sh
                RUN apt-get update && apt-get install curl
                RUN chmod 777 /srv/drop
                ENV DOCKER_CONTENT_TRUST=0
                CMD ["/bin/sh"]
                """);
        String tag = "trusty-test-history-" + UUID.randomUUID().toString().substring(0, 8) + ":1";
        try {
            assertThat(run("env", "DOCKER_BUILDKIT=0", "docker", "build", "-q", "-t", tag, work.resolve("ctx").toString()))
                    .isZero();
            Path archive = work.resolve("image.tar");
            assertThat(run("docker", "save", "-o", archive.toString(), tag)).isZero();
            TargetReport report = new ImageAudit(Policy.defaults(), w -> { }).audit(archive, null).get(0);
            // 0 COPY dir:… in /, 1 ARG, 2-4 the RUNs (|1 VERSION=1.2 /bin/sh -c …), 5 ENV, 6 CMD
            assertThat(HistoryLintTest.historyFindings(report)).containsExactly(
                    "TD008@3", "TD014@3", "TD015@3", "TD205@2", "TD211@4", "TD216@5");
        } finally {
            run("docker", "rmi", "-f", tag);
        }
    }

    private static void script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private int run(String... command) throws Exception {
        Path log = Files.createTempFile(work, "cmd", ".log");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            return -1; // no docker client at all
        }
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        if (p.exitValue() != 0) {
            System.err.println(String.join(" ", command) + ":\n" + Files.readString(log));
        }
        return p.exitValue();
    }
}
