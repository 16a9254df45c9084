package dev.trusty.image;

import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.core.TargetReport;
import dev.trusty.image.TestArchives.Config;
import dev.trusty.image.TestArchives.Layer;
import dev.trusty.image.TestArchives.Oci;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.trusty.image.TestArchives.dockerSave;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Archives written by the test itself: every layout, compression and tar oddity the reader must handle. */
class ImageArchiveTest {
    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();

    List<TargetReport> audit(Path path, String platform) {
        return new ImageAudit(Policy.defaults(), warnings::add).audit(path, platform);
    }

    static List<Finding> findings(List<TargetReport> reports, String ruleId) {
        return reports.stream().flatMap(r -> r.findings().stream()).filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static String awsCredentials() {
        return "[default]\naws_access_key_id = AK" + "IA" + "TRUSTYTESTQ2345Z\naws_secret_access_key = "
                + "Tr7sty/Fixture+NotReal0Key9wQ2xLm4Np6Rs8Tu\n";
    }

    static String githubToken() {
        String body = "TrustyTestFixtureNotARealTok0n";
        return "gh" + "p_" + body + dev.trusty.image.secrets.Checks.base62Crc(body);
    }

    /** Three layers: a base (gzip), a layer adding secrets and odd modes (zstd), one deleting things (plain tar). */
    List<byte[]>[] layers() {
        Layer base = new Layer()
                .dir("etc", 0755)
                .file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n", 0644)
                .file("etc/group", "root:x:0:\napp:x:1000:\n", 0644)
                .file("etc/shadow", "root:*:19000:0:99999:7:::\napp::19000:0:99999:7:::\n", 0640)
                .dir("bin", 0755)
                .file("bin/busybox", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 0, 0, 0, 0, 0}, 0755, 0, 0)
                .symlink("bin/sh", "busybox")
                .file("bin/passwd", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 0, 0, 0, 0, 0}, 04755, 0, 0)
                .dir("tmp", 01777)
                .dir("old", 0755)
                .file("old/keep.txt", "kept?\n", 0644);
        String longDir = "opt/" + "very-long-directory-name-".repeat(8);
        Layer secrets = new Layer()
                .dir("root/.aws", 0700)
                .file("root/.aws/credentials", awsCredentials(), 0600)
                .file("app/config.env", "GITHUB_TOKEN=" + githubToken() + "\n", 0644)
                .file("usr/local/bin/rootshell", new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 0, 0, 0, 0, 0}, 04755, 0, 0)
                .file("srv/shared.txt", "anyone may edit\n", 0666)
                .dir("srv/drop", 0777)
                .file(longDir + "/settings.conf", "db_password = " + "Qx7vR2mN9pL4kT8w" + "\n", 0644)
                .hardlink("bin/passwd-link", "bin/passwd")
                .file("home/app/data.txt", "owned by nobody known".getBytes(StandardCharsets.UTF_8), 0644, 4242, 4242)
                .rawName("srv/caf\u00e9-latin1.txt".getBytes(StandardCharsets.ISO_8859_1), "plain text\n");
        Layer cleanup = new Layer()
                .whiteout("root/.aws")
                .opaque("old")
                .file("old/new.txt", "replaced\n", 0644)
                .file("srv/shared.txt", "fixed\n", 0644);
        byte[] t1 = base.tar();
        byte[] t2 = secrets.tar();
        byte[] t3 = cleanup.tar();
        @SuppressWarnings({"unchecked", "rawtypes"})
        List<byte[]>[] out = new List[] {List.of(TestArchives.gzip(t1), zstd(t2), t3), List.of(t1, t2, t3)};
        return out;
    }

    static byte[] zstd(byte[] tar) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream z = new io.airlift.compress.zstd.ZstdOutputStream(out)) {
            z.write(tar);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Config config() {
        return new Config().user("").env("PATH=/bin", "DB_PASSWORD=" + "Zt4vW8qP2sK6nR0x", "GPG_KEY=B42F6819007F00F88E364FD4036A9C25BF357DD4")
                .expose("22/tcp").volume("/proc")
                .history("/bin/sh -c #(nop) ADD file:abc in / ", false)
                .history("/bin/sh -c #(nop)  CMD [\"sh\"]", true)
                .history("/bin/sh -c apt-get update", false)
                .history("|1 API_TOKEN=" + "Hq3mZ8rT5vB1nK7c" + " /bin/sh -c sudo rm -rf /root/.aws /old", false);
    }

    Map<String, byte[]> ociFiles() {
        List<byte[]>[] l = layers();
        return new Oci().image(config(), l[0], l[1], null, "demo:1").files();
    }

    @Test
    void ociLayoutDirectoryWithMixedCompressionAndWhiteouts() {
        List<TargetReport> reports = audit(TestArchives.directory(dir.resolve("layout"), ociFiles()), null);
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).target().name()).isEqualTo("demo:1");
        checkTheDemoImage(reports);
    }

    @Test
    void ociLayoutTarAndGzippedTarGiveTheSameFindings() {
        List<TargetReport> fromTar = audit(TestArchives.tar(dir.resolve("oci.tar"), ociFiles()), null);
        checkTheDemoImage(fromTar);
        Path tar = dir.resolve("oci.tar");
        Path gz = TestArchives.write(dir.resolve("oci.tar.gz"), TestArchives.gzip(read(tar)));
        List<TargetReport> fromGzip = audit(gz, null);
        checkTheDemoImage(fromGzip);
        assertThat(describe(fromGzip)).isEqualTo(describe(fromTar));
    }

    @Test
    void dockerSaveWithManifestAfterTheLayersFromFileAndFromStream() {
        List<byte[]>[] l = layers();
        Map<String, byte[]> files = dockerSave(config(), l[1], "demo:legacy", true);
        Path archive = TestArchives.tar(dir.resolve("save.tar"), files);
        List<TargetReport> fromFile = audit(archive, null);
        assertThat(fromFile.get(0).target().name()).isEqualTo("demo:legacy");
        checkTheDemoImage(fromFile);
        List<TargetReport> fromStream = new ImageAudit(Policy.defaults(), warnings::add)
                .audit(new ByteArrayInputStream(read(archive)), "demo:legacy", null);
        assertThat(describe(fromStream)).isEqualTo(describe(fromFile));
    }

    private void checkTheDemoImage(List<TargetReport> reports) {
        // The AWS credentials were deleted in layer 2 and are still reported, naming both layers.
        List<Finding> credentials = findings(reports, "TI012");
        assertThat(credentials).hasSize(1);
        Location.ImagePath at = (Location.ImagePath) credentials.get(0).location();
        assertThat(at.path()).isEqualTo("/root/.aws/credentials");
        assertThat(at.layerIndex()).isEqualTo(1);
        assertThat(at.layerDigest()).startsWith("sha256:");
        assertThat(credentials.get(0).message()).contains("AWS access key ID").contains("deleted in layer 2");
        // Secrets in ordinary files, masked.
        List<Finding> secrets = findings(reports, "TI013");
        assertThat(secrets).extracting(f -> f.location().describe())
                .anySatisfy(d -> assertThat(d).contains("/app/config.env:1"))
                .anySatisfy(d -> assertThat(d).contains("settings.conf:1"));
        assertThat(secrets).allSatisfy(f -> assertThat(f.message()).contains("****")
                .doesNotContain(githubToken().substring(4)).doesNotContain("Qx7vR2mN9pL4kT8w"));
        // Config secrets: the ENV by name, the build arg in history; GPG_KEY is not a secret.
        List<Finding> config = findings(reports, "TI014");
        assertThat(config).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).startsWith("ENV DB_PASSWORD"))
                .anySatisfy(m -> assertThat(m).startsWith("API_TOKEN"))
                .noneSatisfy(m -> assertThat(m).contains("GPG_KEY"))
                .allSatisfy(m -> assertThat(m).doesNotContain("Zt4vW8qP2sK6nR0x").doesNotContain("Hq3mZ8rT5vB1nK7c"));
        // setuid: the usual passwd is info, a setuid binary in /usr/local is unusual.
        assertThat(findings(reports, "TI008")).extracting(f -> ((Location.ImagePath) f.location()).path()).containsExactly("/bin/passwd");
        assertThat(findings(reports, "TI009")).extracting(f -> ((Location.ImagePath) f.location()).path())
                .containsExactly("/usr/local/bin/rootshell");
        // world-writable: /srv/drop (no sticky bit); /tmp has it; /srv/shared.txt was fixed in layer 2.
        assertThat(findings(reports, "TI010")).extracting(f -> ((Location.ImagePath) f.location()).path()).containsExactly("/srv/drop");
        assertThat(findings(reports, "TI011")).singleElement().satisfies(f -> assertThat(f.message()).contains("uid 4242"));
        assertThat(findings(reports, "TI001")).hasSize(1);
        assertThat(findings(reports, "TI002")).hasSize(1);
        assertThat(findings(reports, "TI003")).isEmpty(); // the base rootfs ADD is excused
        assertThat(findings(reports, "TI004")).hasSize(1);
        assertThat(findings(reports, "TI005")).hasSize(1);
        assertThat(findings(reports, "TI015")).hasSize(1);
        assertThat(findings(reports, "TI016")).hasSize(1);
        assertThat(findings(reports, "TI019")).singleElement().satisfies(f -> assertThat(f.message()).contains("'app'"));
    }

    @Test
    void layeredFileSystemAppliesWhiteoutsOpaqueDirsAndKeepsLinks() {
        Path layout = TestArchives.directory(dir.resolve("layout"), ociFiles());
        ImageAnalyzers analyzers = ImageAnalyzers.standard();
        var images = new dev.trusty.image.sources.ImageReader(analyzers.scanner(), new dev.trusty.image.layers.Warnings())
                .read(layout, null);
        var fs = new dev.trusty.image.layers.LayeredFileSystem(images.get(0).layers());
        var layer1 = images.get(0).layers().get(1);
        var layer0 = images.get(0).layers().get(0);
        assertThat(layer0.compression()).isEqualTo(dev.trusty.image.layers.Compression.GZIP);
        assertThat(layer1.compression()).isEqualTo(dev.trusty.image.layers.Compression.ZSTD);
        assertThat(images.get(0).layers().get(2).compression()).isEqualTo(dev.trusty.image.layers.Compression.NONE);
        var kept = new dev.trusty.image.layers.FileEntry("old/keep.txt", dev.trusty.image.layers.FileEntry.Type.FILE, 0644, 0, 0, 6, null, 0);
        assertThat(fs.removedIn(kept)).isEqualTo(2); // opaque dir in layer 2
        var newer = new dev.trusty.image.layers.FileEntry("old/new.txt", dev.trusty.image.layers.FileEntry.Type.FILE, 0644, 0, 0, 9, null, 2);
        assertThat(fs.isPresent(newer)).isTrue();
        var passwd = new dev.trusty.image.layers.FileEntry("etc/passwd", dev.trusty.image.layers.FileEntry.Type.FILE, 0644, 0, 0, 1, null, 0);
        assertThat(fs.isPresent(passwd)).isTrue();
        // every entry of layer 1 was read, the hard link and the non-UTF-8 name included
        // (the long PAX name is checked through its secret in checkTheDemoImage)
        assertThat(layer1.entryCount()).isEqualTo(10);
        assertThat(fs.owners()).anySatisfy(o -> assertThat(o.uid()).isEqualTo(4242));
        assertThat(warnings).isEmpty();
    }

    @Test
    void multiPlatformIndexPicksThePlatformAskedFor() {
        Layer amd = new Layer().file("etc/arch", "amd64\n", 0644);
        Layer arm = new Layer().file("etc/arch", "arm64\n", 0644).file("srv/x", "anyone\n", 0666);
        Map<String, byte[]> files = new Oci()
                .image(new Config(), List.of(amd.tar()), List.of(amd.tar()), "linux/amd64", "multi:1")
                .image(new Config(), List.of(arm.tar()), List.of(arm.tar()), "linux/arm64", "multi:1")
                .files();
        Path layout = TestArchives.directory(dir.resolve("multi"), files);
        assertThat(findings(audit(layout, "linux/arm64"), "TI010")).hasSize(1);
        assertThat(findings(audit(layout, "linux/amd64"), "TI010")).isEmpty();
        assertThatThrownBy(() -> audit(layout, "linux/s390x")).isInstanceOf(InputException.class)
                .hasMessageContaining("no image for platform linux/s390x").hasMessageContaining("linux/amd64, linux/arm64");
        assertThatThrownBy(() -> audit(layout, "linux")).isInstanceOf(InputException.class).hasMessageContaining("os/arch");
    }

    @Test
    void wrongDigestIsReportedAsTampering() {
        Map<String, byte[]> files = ociFiles();
        String layerBlob = files.keySet().stream().filter(n -> n.startsWith("blobs/")).toList().get(1);
        Map<String, byte[]> tampered = TestArchives.with(files, f -> {
            byte[] changed = f.get(layerBlob).clone();
            changed[changed.length / 2] ^= 1;
            f.put(layerBlob, changed);
        });
        Path layout = TestArchives.directory(dir.resolve("tampered"), tampered);
        assertThatThrownBy(() -> audit(layout, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("modified after it was built").hasMessageNotContaining("\n");
    }

    @Test
    void legacyLayerNotMatchingItsDiffIdIsTampering() {
        List<byte[]>[] l = layers();
        Map<String, byte[]> files = dockerSave(config(), l[1], "demo:legacy", false);
        String layerName = files.keySet().stream().filter(n -> n.endsWith("layer.tar")).findFirst().orElseThrow();
        Map<String, byte[]> tampered = TestArchives.with(files, f -> f.put(layerName, new Layer().file("evil", "x", 0644).tar()));
        assertThatThrownBy(() -> audit(TestArchives.tar(dir.resolve("t.tar"), tampered), null))
                .isInstanceOf(InputException.class).hasMessageContaining("tampered");
    }

    @Test
    void missingBlobNamesIt() {
        Map<String, byte[]> files = ociFiles();
        String lastBlob = files.keySet().stream().filter(n -> n.startsWith("blobs/")).reduce((a, b) -> b).orElseThrow();
        Map<String, byte[]> broken = TestArchives.with(files, f -> f.remove(lastBlob));
        assertThatThrownBy(() -> audit(TestArchives.tar(dir.resolve("m.tar"), broken), null))
                .isInstanceOf(InputException.class).hasMessageContaining(lastBlob).hasMessageContaining("missing");
    }

    @Test
    void truncatedGzipLayerIsAClearError() {
        Layer layer = new Layer().file("etc/big", "x".repeat(200_000) + new java.util.Random(1).ints(50_000).toString(), 0644);
        byte[] gz = layer.gzip();
        byte[] truncated = Arrays.copyOf(gz, gz.length / 2);
        Oci oci = new Oci().image(new Config(), List.of(truncated), List.of(layer.tar()), null, null);
        assertThatThrownBy(() -> audit(TestArchives.directory(dir.resolve("trunc"), oci.files()), null))
                .isInstanceOf(InputException.class).hasMessageContaining("truncated");
        byte[] wholeGzip = TestArchives.gzip(read(TestArchives.tar(dir.resolve("whole.tar"), ociFiles())));
        Path wholeArchiveTruncated = TestArchives.write(dir.resolve("half.tar.gz"), Arrays.copyOf(wholeGzip, wholeGzip.length / 2));
        assertThatThrownBy(() -> audit(wholeArchiveTruncated, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void escapingAndAbsolutePathsAreNeverWrittenAndOnlyWarnedAbout() throws Exception {
        Layer hostile = new Layer().file("../../etc/evil", "x\n", 0644).file("/etc/abs.txt", "y\n", 0666)
                .file("ok.txt", "z\n", 0644);
        Oci oci = new Oci().image(new Config().user("app"), List.of(hostile.tar()), List.of(hostile.tar()), null, null);
        Path layout = TestArchives.directory(dir.resolve("hostile"), oci.files());
        long filesBefore;
        try (var s = Files.walk(dir)) {
            filesBefore = s.count();
        }
        List<TargetReport> reports = audit(layout, null);
        try (var s = Files.walk(dir)) {
            assertThat(s.count()).isEqualTo(filesBefore);
        }
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("../../etc/evil").contains("outside the image root"));
        // the absolute path is read as /etc/abs.txt, like the engine does
        assertThat(findings(reports, "TI010")).extracting(f -> ((Location.ImagePath) f.location()).path()).containsExactly("/etc/abs.txt");
    }

    @Test
    void nonUtf8NamesAreReadAndShownSafely() {
        Layer latin1 = new Layer("ISO-8859-1").file("srv/caf\u00e9\u0001.txt", "x\n", 0666).file("srv/ok.txt", "y\n", 0644);
        Oci oci = new Oci().image(new Config().user("app"), List.of(latin1.tar()), List.of(latin1.tar()), null, null);
        List<Finding> writable = findings(audit(TestArchives.directory(dir.resolve("latin1"), oci.files()), null), "TI010");
        assertThat(writable).singleElement().satisfies(f -> assertThat(((Location.ImagePath) f.location()).path()).startsWith("/srv/caf"));
    }

    @Test
    void hugeFilesAreSkippedBySecretScanWithAWarning() {
        byte[] big = new byte[9 << 20];
        Arrays.fill(big, (byte) 'a');
        Layer layer = new Layer().file("data/huge.txt", big, 0644, 0, 0).file("data/small.env", "API_TOKEN=" + githubToken() + "\n", 0644);
        Oci oci = new Oci().image(new Config().user("app"), List.of(layer.gzip()), List.of(layer.tar()), null, null);
        List<TargetReport> reports = audit(TestArchives.directory(dir.resolve("huge"), oci.files()), null);
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("/data/huge.txt").contains("not scanned for secrets"));
        assertThat(findings(reports, "TI013")).hasSize(1);
    }

    @Test
    void notAnArchive() {
        Path text = TestArchives.write(dir.resolve("notes.txt"), "hello".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> audit(text, null)).isInstanceOf(InputException.class);
        Path empty = TestArchives.tar(dir.resolve("empty.tar"), Map.of("readme", "x".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> audit(empty, null)).isInstanceOf(InputException.class)
                .hasMessageContaining("neither manifest.json nor index.json");
        assertThatThrownBy(() -> audit(dir.resolve("nope.tar"), null)).isInstanceOf(InputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void recognisesImageArchivesForScan() {
        assertThat(ImageAudit.looksLikeImageArchive(TestArchives.tar(dir.resolve("a.tar"), ociFiles()))).isTrue();
        List<byte[]>[] l = layers();
        assertThat(ImageAudit.looksLikeImageArchive(TestArchives.write(dir.resolve("b.tar.gz"),
                TestArchives.gzip(read(TestArchives.tar(dir.resolve("b.tar"), dockerSave(config(), l[1], "x:1", true))))))).isTrue();
        assertThat(ImageAudit.looksLikeImageArchive(TestArchives.directory(dir.resolve("layout"), ociFiles()))).isTrue();
        assertThat(ImageAudit.looksLikeImageArchive(TestArchives.tar(dir.resolve("plain.tar"),
                Map.of("src/Main.java", "class Main {}".getBytes(StandardCharsets.UTF_8))))).isFalse();
        assertThat(ImageAudit.looksLikeImageArchive(TestArchives.write(dir.resolve("x.txt"), "text".getBytes(StandardCharsets.UTF_8)))).isFalse();
    }

    static List<String> describe(List<TargetReport> reports) {
        return reports.stream().flatMap(r -> r.findings().stream())
                .map(f -> f.ruleId() + " " + f.location().describe() + " " + f.message()).toList();
    }

    static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
