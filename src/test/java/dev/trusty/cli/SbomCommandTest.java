package dev.trusty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbomCommandTest {

    @Test
    void sbomOfADirectoryInBothFormats(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("lib/apk/db"));
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/alpine-release"), "3.20.3\n");
        Files.writeString(root.resolve("lib/apk/db/installed"), "P:busybox\nV:1.36.1-r29\no:busybox\nA:x86_64\nL:GPL-2.0-only\n");

        Cli cdx = Cli.run("sbom", root.toString());
        assertThat(cdx.exitCode()).isZero();
        JsonNode bom = new ObjectMapper().readTree(cdx.out());
        assertThat(bom.path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(bom.path("components").get(1).path("purl").asText())
                .isEqualTo("pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3");

        Path out = root.resolve("sbom.spdx.json");
        Cli spdx = Cli.run("sbom", root.toString(), "--format", "spdx", "-o", out.toString());
        assertThat(spdx.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(out.toFile()).path("packages").get(0).path("licenseDeclared").asText())
                .isEqualTo("GPL-2.0-only");
    }

    @Test
    void badFormatAndMissingDirectoryAreOneLineErrors(@TempDir Path root) {
        Cli format = Cli.run("sbom", root.toString(), "--format", "swid");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("trusty: unknown SBOM format 'swid' (expected cyclonedx or spdx)\n");
        Cli missing = Cli.run("sbom", root.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("trusty: " + root.resolve("nope") + ": no such file or directory\n");
    }
}
