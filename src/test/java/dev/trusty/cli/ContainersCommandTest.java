package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.ExitCode;
import dev.trusty.engine.DockerEngine;
import dev.trusty.engine.EngineTest;
import dev.trusty.engine.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContainersCommandTest {

    @Test
    void unreachableSocketIsOneLineExit2NamingIt(@TempDir Path dir) {
        Path socket = dir.resolve("nothing.sock");
        Cli cli = Cli.run("containers", "--host", "unix://" + socket);
        assertThat(cli.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(cli.err().lines().toList()).singleElement().asString()
                .startsWith("trusty: cannot reach the Docker engine at unix://" + socket)
                .contains("--host").contains("DOCKER_HOST");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    @EngineTest
    void auditsCreatedContainersByNameWithTheirSettings() throws Exception {
        try (DockerEngine engine = DockerEngine.connect(null); TestImages.Scope scope = new TestImages.Scope(engine)) {
            String image = TestImages.busybox(engine);
            String unsafe = TestImages.uniqueName();
            Map<String, Object> host = new LinkedHashMap<>();
            host.put("Privileged", true);
            host.put("Binds", List.of("/var/run/docker.sock:/var/run/docker.sock"));
            host.put("PidMode", "host");
            scope.container(unsafe, Map.of("Image", image, "Cmd", List.of("sleep", "60"),
                    "Labels", Map.of(TestImages.TEST_LABEL, "1"), "HostConfig", host));
            String hardened = TestImages.uniqueName();
            Map<String, Object> safeHost = new LinkedHashMap<>();
            safeHost.put("ReadonlyRootfs", true);
            safeHost.put("CapDrop", List.of("ALL"));
            safeHost.put("SecurityOpt", List.of("no-new-privileges:true"));
            safeHost.put("Memory", 64L * 1024 * 1024);
            safeHost.put("NanoCpus", 500_000_000L);
            safeHost.put("PidsLimit", 50);
            scope.container(hardened, Map.of("Image", image, "Cmd", List.of("sleep", "60"), "User", "1000:1000",
                    "Labels", Map.of(TestImages.TEST_LABEL, "1"), "HostConfig", safeHost));

            Cli cli = Cli.run("containers", unsafe, hardened, "--format", "json");
            assertThat(cli.exitCode()).as(cli.err()).isEqualTo(ExitCode.FINDINGS);
            JsonNode report = new ObjectMapper().readTree(cli.out());
            assertThat(idsFor(report, unsafe)).contains("TC001", "TC004", "TC008");
            assertThat(idsFor(report, hardened)).doesNotContain("TC001", "TC004", "TC008", "TC012", "TC017", "TC018");

            Cli text = Cli.run("containers", unsafe, "--no-color");
            assertThat(text.out()).contains("HostConfig.Privileged").contains("CONTAINER", "SCORE", unsafe);

            Cli missing = Cli.run("containers", "trusty-test-does-not-exist");
            assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
            assertThat(missing.err().strip()).contains("No such container: trusty-test-does-not-exist");
        }
    }

    private static List<String> idsFor(JsonNode report, String container) {
        List<String> ids = new ArrayList<>();
        for (JsonNode finding : report.path("findings")) {
            if (finding.path("target").asText().contains(container)) {
                ids.add(finding.path("id").asText());
            }
        }
        return ids;
    }
}
