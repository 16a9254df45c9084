package dev.trusty.image;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.core.TargetReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Images built by the real engine ({@code FROM scratch} + static busybox, no registry needed),
 * saved with {@code docker save} to a file and streamed from it. Skipped when no engine answers,
 * except in CI (CI=true), where a missing engine fails the build.
 */
@Tag("engine")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineImageTest {
    static final String REPO = "trusty-test-image-" + UUID.randomUUID().toString().substring(0, 8);
    static final String ROOT = REPO + ":root";
    static final String NONROOT = REPO + ":nonroot";

    Path work;

    final List<String> warnings = new ArrayList<>();

    @BeforeAll
    void buildImages() throws Exception {
        work = Files.createTempDirectory("trusty-engine-test");
        if (run(List.of("docker", "version", "--format", "{{.Server.Version}}"), null) != 0) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but no Docker engine answers: engine tests must run in CI");
            }
            Assumptions.abort("no Docker engine answers; engine tests skipped outside CI");
        }
        Path busybox = Path.of("/bin/busybox");
        if (!Files.isExecutable(busybox)) {
            fail("static busybox (/bin/busybox, Debian's busybox-static) is needed to build test images");
        }
        Path ctx = work.resolve("ctx");
        Path rootfs = ctx.resolve("rootfs");
        Files.createDirectories(rootfs.resolve("bin"));
        Files.copy(busybox, rootfs.resolve("bin/busybox"));
        for (String applet : List.of("sh", "chmod", "rm", "true")) {
            Files.createSymbolicLink(rootfs.resolve("bin/" + applet), Path.of("busybox"));
        }
        write(rootfs.resolve("etc/passwd"), "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n", "rw-r--r--");
        write(rootfs.resolve("etc/group"), "root:x:0:\napp:x:1000:\n", "rw-r--r--");
        write(rootfs.resolve("usr/local/bin/tool"), "#!/bin/sh\necho tool\n", "rwxr-xr-x");
        write(rootfs.resolve("srv/readme.txt"), "hello\n", "rw-r--r--");
        Files.createDirectories(rootfs.resolve("srv/drop"));
        write(rootfs.resolve("root/.ssh/id_ecdsa"), pem(), "rw-------");
        Files.writeString(ctx.resolve("Dockerfile"), """
                FROM scratch
                COPY rootfs/ /
                RUN chmod 4755 /usr/local/bin/tool && chmod 0777 /srv/drop && rm -f /root/.ssh/id_ecdsa
                CMD ["/bin/sh"]
                """);
        build(ctx, ROOT);
        Path nonRoot = work.resolve("ctx2");
        Files.createDirectories(nonRoot);
        Files.writeString(nonRoot.resolve("Dockerfile"), "FROM " + ROOT + "\nUSER app\nHEALTHCHECK CMD true\n");
        build(nonRoot, NONROOT);
    }

    @AfterAll
    void removeImages() throws Exception {
        if (work == null) {
            return;
        }
        run(List.of("docker", "rmi", "-f", NONROOT, ROOT), null);
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void dockerSaveFileOfARootImage() throws Exception {
        Path archive = work.resolve("root.tar");
        assertThat(run(List.of("docker", "save", "-o", archive.toString(), ROOT), null)).isZero();
        assertThat(ImageAudit.looksLikeImageArchive(archive)).isTrue();
        List<TargetReport> reports = new ImageAudit(Policy.defaults(), warnings::add).audit(archive, null);
        checkRootImage(reports);
        assertThat(warnings).isEmpty();
    }

    @Test
    void dockerSaveStreamIsReadInOnePass() throws Exception {
        Process save = new ProcessBuilder("docker", "save", ROOT).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<TargetReport> reports;
        try (InputStream stream = save.getInputStream()) {
            reports = new ImageAudit(Policy.defaults(), warnings::add).audit(stream, ROOT, null);
        }
        assertThat(save.waitFor(60, TimeUnit.SECONDS)).isTrue();
        checkRootImage(reports);
    }

    private void checkRootImage(List<TargetReport> reports) {
        assertThat(reports).singleElement().satisfies(r -> assertThat(r.target().name()).isEqualTo(ROOT));
        List<Finding> all = reports.get(0).findings();
        assertThat(ids(all)).contains("TI001", "TI002", "TI009", "TI010", "TI012");
        Finding key = all.stream().filter(f -> f.ruleId().equals("TI012")).findFirst().orElseThrow();
        Location.ImagePath at = (Location.ImagePath) key.location();
        assertThat(at.path()).isEqualTo("/root/.ssh/id_ecdsa");
        assertThat(at.layerIndex()).isZero();
        assertThat(key.message()).contains("Private key").contains("deleted in layer 1");
        assertThat(all).filteredOn(f -> f.ruleId().equals("TI009"))
                .extracting(f -> ((Location.ImagePath) f.location()).path()).containsExactly("/usr/local/bin/tool");
        assertThat(all).filteredOn(f -> f.ruleId().equals("TI010"))
                .extracting(f -> ((Location.ImagePath) f.location()).path()).containsExactly("/srv/drop");
    }

    @Test
    void nonRootImageWithHealthcheckPassesThoseChecks() throws Exception {
        Path archive = work.resolve("nonroot.tar");
        assertThat(run(List.of("docker", "save", "-o", archive.toString(), NONROOT), null)).isZero();
        List<TargetReport> reports = new ImageAudit(Policy.defaults(), warnings::add).audit(archive, null);
        List<String> ids = ids(reports.get(0).findings());
        assertThat(ids).doesNotContain("TI001", "TI002", "TI018");
        assertThat(ids).contains("TI012"); // the base layers still carry the deleted key
    }

    @Test
    void imageThatDoesNotExistInTheEngine() throws Exception {
        Process save = new ProcessBuilder("docker", "save", REPO + ":missing").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream stream = save.getInputStream()) {
            assertThatThrownBy(() -> new ImageAudit(Policy.defaults(), warnings::add).audit(stream, REPO + ":missing", null))
                    .isInstanceOf(dev.trusty.core.InputException.class).hasMessageContaining(REPO + ":missing");
        }
        assertThat(save.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    private static void write(Path file, String content, String perms) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(perms));
    }

    private static String pem() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(256);
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(gen.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }

    private void build(Path ctx, String tag) throws Exception {
        Path log = work.resolve("build-" + tag.replace(':', '-') + ".log");
        ProcessBuilder pb = new ProcessBuilder("docker", "build", "-q", "-t", tag, ctx.toString());
        pb.environment().put("DOCKER_BUILDKIT", "0");
        if (run(pb.command(), pb) != 0) {
            fail("docker build of " + tag + " failed: " + (Files.exists(log) ? Files.readString(log) : ""));
        }
    }

    private int run(List<String> command, ProcessBuilder builder) throws Exception {
        ProcessBuilder pb = builder != null ? builder : new ProcessBuilder(command);
        Path out = Files.createTempFile(work, "cmd", ".log");
        pb.redirectErrorStream(true).redirectOutput(out.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return -1; // no docker client at all
        }
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        if (p.exitValue() != 0) {
            System.err.println(String.join(" ", pb.command()) + ":\n" + Files.readString(out));
        }
        return p.exitValue();
    }
}
