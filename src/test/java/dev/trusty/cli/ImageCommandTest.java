package dev.trusty.cli;

import dev.trusty.image.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The image command wired the way Main wires commands: exit codes and one-line errors. */
class ImageCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        Cli cli = Cli.run(args);
        out.write(cli.out());
        err.write(cli.err());
        return cli.exitCode();
    }

    Map<String, byte[]> image(TestArchives.Config config) {
        TestArchives.Layer layer = new TestArchives.Layer().file("etc/passwd", "root:x:0:0::/root:/bin/sh\n", 0644);
        return new TestArchives.Oci().image(config, List.of(layer.gzip()), List.of(layer.tar()), null, "cli:1").files();
    }

    @Test
    void findingsExitOne() {
        Path archive = TestArchives.tar(dir.resolve("img.tar"), image(new TestArchives.Config()));
        assertThat(run("image", archive.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("TI001").contains("no USER is set").contains("TI002");
    }

    @Test
    void cleanImageExitsZeroAndIgnoreTakesDockleIds() {
        Path archive = TestArchives.tar(dir.resolve("img.tar"), image(new TestArchives.Config().user("1000")));
        assertThat(run("image", archive.toString(), "--ignore", "CIS-DI-0006")).isZero();
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        assertThat(run("image", dir.resolve("missing.tar").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("trusty: ").contains("no such file").doesNotContain("\n");
        err.getBuffer().setLength(0);
        Map<String, byte[]> files = image(new TestArchives.Config());
        String blob = files.keySet().stream().filter(n -> n.startsWith("blobs/")).findFirst().orElseThrow();
        Path tampered = TestArchives.tar(dir.resolve("bad.tar"), TestArchives.with(files, f -> f.put(blob, "{}".getBytes())));
        assertThat(run("image", tampered.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).contains("tampered").doesNotContain("\n");
    }

    @Test
    void jsonFormatComesFromTheSharedFormatters() {
        Path archive = TestArchives.tar(dir.resolve("img.tar"), image(new TestArchives.Config()));
        assertThat(run("image", archive.toString(), "-f", "json")).isEqualTo(1);
        assertThat(out.toString()).startsWith("{").contains("\"TI001\"");
    }

    @Test
    void unknownPlatformSyntaxIsAUsageError() {
        Path archive = TestArchives.tar(dir.resolve("img.tar"), image(new TestArchives.Config()));
        assertThat(run("image", archive.toString(), "--platform", "amd64")).isEqualTo(2);
        assertThat(err.toString()).contains("os/arch");
    }
}
