package dev.trusty.cli;

import dev.trusty.engine.DockerEngine;
import dev.trusty.image.TestArchives;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** {@code trusty image NAME}: the image streamed from the engine's export, never written to disk. */
@Tag("engine")
class ImageCommandEngineTest {
    static final String REPO = "trusty-test-image-cli-" + UUID.randomUUID().toString().substring(0, 8);
    static final String NAME = REPO + ":imported";

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void importImage() {
        try (DockerEngine engine = DockerEngine.connect(null)) {
            engine.ping();
            byte[] rootfs = new TestArchives.Layer()
                    .file("etc/passwd", "root:x:0:0::/root:/bin/sh\n", 0644)
                    .file("app/.env", "API_TOKEN=" + "Hq3mZ8rT5vB1nK7c" + "\n", 0644)
                    .file("srv/open", "x\n", 0666)
                    .tar();
            engine.importImage(new ByteArrayInputStream(rootfs), REPO, "imported", List.of("CMD [\"/bin/sh\"]"));
        } catch (RuntimeException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but the Docker engine is not usable: " + e.getMessage());
            }
            Assumptions.abort("no Docker engine answers; engine tests skipped outside CI: " + e.getMessage());
        }
    }

    @AfterAll
    static void removeImage() {
        try (DockerEngine engine = DockerEngine.connect(null)) {
            engine.removeImage(NAME, true);
        } catch (RuntimeException ignored) {
            // nothing was imported
        }
    }

    int run(String... args) {
        Cli cli = Cli.run(args);
        out.write(cli.out());
        err.write(cli.err());
        return cli.exitCode();
    }

    @Test
    void imageFromTheEngineByName() {
        assertThat(run("image", NAME)).isEqualTo(1);
        assertThat(out.toString()).contains("TI001").contains("TI010").contains("/srv/open")
                .contains("TI012").contains("/app/.env").doesNotContain("Hq3mZ8rT5vB1nK7c");
    }

    @Test
    void imageMissingFromTheEngineIsOneLineExitTwo() {
        assertThat(run("image", REPO + ":missing")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("trusty: ").contains("404").doesNotContain("\n");
    }
}
