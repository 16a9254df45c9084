package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.image.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** History findings through the real entry point: {@code trusty image ARCHIVE -f json}. */
class ImageHistoryCommandTest {
    @TempDir
    Path dir;

    Path archive() {
        TestArchives.Config config = new TestArchives.Config().user("1000").healthcheck("CMD", "true")
                .history("/bin/sh -c #(nop) ADD file:0a1b2c3d4e5f in / ", false)
                .history("|1 VERSION=1.2 /bin/sh -c curl -fsSL https://get.example.com/install.sh | sh", false)
                .history("RUN /bin/sh -c apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/* # buildkit", false)
                .history("ENV DOCKER_CONTENT_TRUST=0", true);
        List<byte[]> layers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            layers.add(new TestArchives.Layer().file("l" + i + "/f", "x" + i, 0644).tar());
        }
        return TestArchives.tar(dir.resolve("img.tar"),
                new TestArchives.Oci().image(config, layers, layers, null, "hist:2").files());
    }

    static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.path("findings").forEach(f -> out.add(f.path("id").asText() + " " + f.path("location").path("path").asText()
                + " layer " + f.path("location").path("layerIndex").asInt()));
        return out;
    }

    @Test
    void jsonReportsHistoryFindingsWithRuleAliasesAndLayers() throws Exception {
        Cli cli = Cli.run("image", archive().toString(), "-f", "json");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(cli.out());
        assertThat(findings(report)).containsExactlyInAnyOrder(
                "TD205 history[1] RUN curl -fsSL https://get.example.com/install.sh | sh layer 1",
                "TD008 history[2] RUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/* layer 2",
                "TD014 history[2] RUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/* layer 2",
                "TD015 history[2] RUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/* layer 2",
                "TD216 history[3] ENV DOCKER_CONTENT_TRUST=0 layer -1");
        JsonNode curl = report.path("findings").findParents("id").stream()
                .filter(f -> f.path("id").asText().equals("TD205")).findFirst().orElseThrow();
        assertThat(curl.path("message").asText()).startsWith("history[1]: ");
        assertThat(curl.path("location").path("kind").asText()).isEqualTo("image");
        assertThat(curl.path("location").path("layerDigest").asText()).startsWith("sha256:");
    }

    @Test
    void hadolintIdsIgnoreHistoryFindings() throws Exception {
        Cli cli = Cli.run("image", archive().toString(), "-f", "json", "--ignore", "DL3008", "--ignore", "DL3014",
                "--ignore", "DL3015", "--ignore", "TD205", "--ignore", "CIS-4.5");
        assertThat(cli.exitCode()).as(cli.err() + cli.out()).isZero();
        assertThat(findings(new ObjectMapper().readTree(cli.out()))).isEmpty();
    }
}
