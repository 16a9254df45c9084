package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.engine.DockerEngine;
import dev.trusty.engine.EngineTest;
import dev.trusty.engine.TestImages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bench against the real engine, with containers Docker Bench cannot see: created but never
 * started (privileged and rshared ones cannot even start on this kind of host), and a --pid host
 * container that only gets label=disable from the daemon (Docker Bench passes it for 5.3).
 */
@EngineTest
class BenchEngineTest {

    @Test
    void sectionFiveSeesCreatedContainersWithTheirSettings() throws Exception {
        try (DockerEngine engine = DockerEngine.connect(null); TestImages.Scope scope = new TestImages.Scope(engine)) {
            String image = TestImages.busybox(engine);
            String prefix = TestImages.uniqueName();
            String privileged = create(scope, image, prefix + "-priv", Map.of("Privileged", true));
            String shared = create(scope, image, prefix + "-rshared",
                    Map.of("Binds", List.of("/tmp:/data:rshared")));
            String hostPid = create(scope, image, prefix + "-pid", Map.of("PidMode", "host"));
            Map<String, Object> safe = new LinkedHashMap<>();
            safe.put("ReadonlyRootfs", true);
            safe.put("CapDrop", List.of("ALL"));
            safe.put("SecurityOpt", List.of("no-new-privileges:true"));
            safe.put("Memory", 64L * 1024 * 1024);
            safe.put("PidsLimit", 50);
            String hardened = create(scope, image, prefix + "-safe", safe);

            Cli cli = Cli.run("bench", "--check", "5", "--containers", prefix, "-f", "json");
            assertThat(cli.err()).isEmpty();
            JsonNode bench = new ObjectMapper().readTree(cli.out());
            assertThat(result(bench, "5.5")).isEqualTo("warn");
            assertThat(subjects(bench, "5.5")).containsExactly(privileged);
            assertThat(subjects(bench, "5.20")).containsExactly(shared);
            assertThat(subjects(bench, "5.16")).containsExactly(hostPid);
            assertThat(subjects(bench, "5.11")).contains(privileged, shared, hostPid).doesNotContain(hardened);
            assertThat(subjects(bench, "5.13")).doesNotContain(hardened);
            assertThat(cli.exitCode()).isEqualTo(1);

            Cli onlySafe = Cli.run("bench", "--check", "5.5,5.16,5.20", "--containers", prefix + "-safe", "-f", "json");
            JsonNode safeBench = new ObjectMapper().readTree(onlySafe.out());
            assertThat(result(safeBench, "5.5")).isEqualTo("pass");
            assertThat(result(safeBench, "5.16")).isEqualTo("pass");
            assertThat(result(safeBench, "5.20")).isEqualTo("pass");
        }
    }

    private static String create(TestImages.Scope scope, String image, String name, Map<String, Object> host) {
        scope.container(name, Map.of("Image", image, "Cmd", List.of("sleep", "60"),
                "Labels", Map.of(TestImages.TEST_LABEL, "1"), "HostConfig", host));
        return name;
    }

    private static JsonNode check(JsonNode bench, String id) {
        for (JsonNode c : bench.path("checks")) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no check " + id + " in " + bench);
    }

    private static String result(JsonNode bench, String id) {
        return check(bench, id).path("result").asText();
    }

    private static List<String> subjects(JsonNode bench, String id) {
        List<String> out = new ArrayList<>();
        check(bench, id).path("items").forEach(i -> out.add(i.path("subject").asText()));
        return out.stream().distinct().toList();
    }
}
