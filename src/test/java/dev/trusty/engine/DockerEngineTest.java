package dev.trusty.engine;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Against the real engine: every call Trusty's auditors make, on containers and images made here. */
@EngineTest
class DockerEngineTest {
    private static Engine engine;

    @BeforeAll
    static void connect() {
        engine = DockerEngine.connect(null);
    }

    @AfterAll
    static void disconnect() {
        engine.close();
    }

    @Test
    void negotiatesAVersionTheEngineSpeaks() {
        Ping ping = engine.ping();
        JsonNode version = engine.version();

        assertThat(ping.engineApiVersion().toString()).isEqualTo(version.path("ApiVersion").asText());
        ApiVersion spoken = engine.apiVersion();
        assertThat(spoken).isLessThanOrEqualTo(ping.engineApiVersion())
                .isLessThanOrEqualTo(ApiVersion.NEWEST_SUPPORTED)
                .isGreaterThanOrEqualTo(ApiVersion.parse(version.path("MinAPIVersion").asText()));
        assertThat(ping.osType()).isEqualTo("linux");
    }

    @Test
    void readsDaemonInfo() {
        JsonNode info = engine.info();

        assertThat(info.path("ServerVersion").asText()).isNotEmpty();
        assertThat(info.path("SecurityOptions").isArray()).isTrue();
        assertThat(info.path("Containers").isInt()).isTrue();
    }

    @Test
    void listsContainersWithFilters() {
        try (TestImages.Scope scope = new TestImages.Scope(engine)) {
            String id = scope.busyboxContainer("true");
            Map<String, List<String>> mine = Map.of("id", List.of(id));

            assertThat(engine.containers(true, null)).extracting(c -> c.path("Id").asText()).contains(id);
            assertThat(engine.containers(true, mine)).singleElement()
                    .satisfies(c -> assertThat(c.path("State").asText()).isEqualTo("created"));
            // Without all=1 only running containers are listed; ours was never started.
            assertThat(engine.containers(false, mine)).isEmpty();
        }
    }

    @Test
    void inspectsAContainerCreatedFromTheTestImage() {
        try (TestImages.Scope scope = new TestImages.Scope(engine)) {
            String name = TestImages.uniqueName();
            String id = scope.container(name, Map.of(
                    "Image", TestImages.busybox(engine),
                    "Cmd", List.of("sleep", "30"),
                    "User", "65534:65534",
                    "Labels", Map.of(TestImages.TEST_LABEL, "1"),
                    "HostConfig", Map.of("CapDrop", List.of("ALL"), "ReadonlyRootfs", true)));

            JsonNode inspect = engine.inspectContainer(name);

            assertThat(inspect.path("Id").asText()).isEqualTo(id);
            assertThat(inspect.path("Name").asText()).isEqualTo("/" + name);
            assertThat(inspect.path("Config").path("Image").asText()).isEqualTo(TestImages.BUSYBOX);
            assertThat(inspect.path("Config").path("User").asText()).isEqualTo("65534:65534");
            assertThat(inspect.path("HostConfig").path("ReadonlyRootfs").asBoolean()).isTrue();
            assertThat(inspect.path("HostConfig").path("CapDrop").toString()).contains("ALL");
        }
    }

    @Test
    void listsProcessesOfARunningContainer() {
        try (TestImages.Scope scope = new TestImages.Scope(engine)) {
            String id = scope.busyboxContainer("sleep", "60");
            engine.startContainer(id);

            JsonNode top = engine.top(id, null);

            assertThat(top.path("Titles").toString()).contains("CMD");
            assertThat(top.path("Processes").toString()).contains("sleep 60");
        }
    }

    @Test
    void topOfAStoppedContainerIsATypedConflict() {
        try (TestImages.Scope scope = new TestImages.Scope(engine)) {
            String id = scope.busyboxContainer("true");

            assertThatThrownBy(() -> engine.top(id, null))
                    .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.status()).isEqualTo(409))
                    .hasMessageContaining("is not running");
        }
    }

    @Test
    void missingContainerIsATypedNotFoundWithTheEnginesMessage() {
        String name = TestImages.uniqueName();

        assertThatThrownBy(() -> engine.inspectContainer(name))
                .isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.isNotFound()).isTrue();
                    assertThat(e.engineMessage()).isEqualTo("No such container: " + name);
                })
                .hasMessage("Docker engine: GET /containers/" + name + "/json: 404 No such container: " + name);
    }

    @Test
    void readsImageListInspectAndHistory() {
        String busybox = TestImages.busybox(engine);

        JsonNode inspect = engine.inspectImage(busybox);
        List<JsonNode> history = engine.imageHistory(busybox);

        assertThat(engine.images(false, Map.of("reference", List.of(busybox))))
                .singleElement().satisfies(i -> assertThat(i.path("Id").asText()).isEqualTo(inspect.path("Id").asText()));
        assertThat(inspect.path("Config").path("Cmd").toString()).isEqualTo("[\"/bin/sh\"]");
        assertThat(inspect.path("Config").path("Labels").path(TestImages.TEST_LABEL).asText()).isEqualTo("busybox");
        assertThat(inspect.path("RootFS").path("Layers")).hasSize(1);
        assertThat(history).isNotEmpty();
        assertThat(history.getFirst().path("Size").asLong()).isGreaterThan(500_000); // the busybox binary
    }

    @Test
    void importsAndRemovesAnImage() {
        String repository = "trusty-test/import-" + TestImages.uniqueName().substring("trusty-test-".length());
        try (TestImages.Scope scope = new TestImages.Scope(engine)) {
            String reference = scope.image(TestImages.busyboxRootfs(), repository, "v1", List.of("USER 1000"));

            assertThat(engine.inspectImage(reference).path("Config").path("User").asText()).isEqualTo("1000");
        }
        assertThatThrownBy(() -> engine.inspectImage(repository + ":v1"))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.isNotFound()).isTrue());
    }

    @Test
    void streamsAnImageExportAsAValidDockerSaveTar() throws IOException {
        String busybox = TestImages.busybox(engine);
        List<String> names = new ArrayList<>();
        String manifest = null;
        long layerBytes = 0;

        try (InputStream export = engine.exportImage(busybox);
             TarArchiveInputStream tar = new TarArchiveInputStream(export)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                names.add(entry.getName());
                if (entry.getName().equals("manifest.json")) {
                    manifest = new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                } else if (entry.getName().endsWith("layer.tar")) {
                    layerBytes += tar.transferTo(OutputStream.nullOutputStream());
                }
            }
        }

        assertThat(names).contains("manifest.json");
        assertThat(manifest).contains(busybox);
        assertThat(layerBytes).isGreaterThan(500_000); // the layer really came through, not just headers
    }

    @Test
    void listsNetworksAndInspectsTheBridge() {
        List<JsonNode> networks = engine.networks(null);

        assertThat(networks).extracting(n -> n.path("Name").asText()).contains("bridge", "host", "none");
        assertThat(engine.networks(Map.of("name", List.of("bridge"))))
                .allSatisfy(n -> assertThat(n.path("Name").asText()).contains("bridge"));
        assertThat(engine.inspectNetwork("bridge").path("Driver").asText()).isEqualTo("bridge");
    }

    @Test
    void streamsEventsAsTheyHappen() throws Exception {
        try (TestImages.Scope scope = new TestImages.Scope(engine);
             EventStream events = engine.events(Instant.now().minusSeconds(1), null,
                     Map.of("type", List.of("container"), "label", List.of(TestImages.TEST_LABEL + "=events")))) {
            // The feed has no end: the event must arrive while the response is still open.
            CompletableFuture<JsonNode> first = CompletableFuture.supplyAsync(events::next);
            scope.container(TestImages.uniqueName(), Map.of("Image", TestImages.busybox(engine),
                    "Cmd", List.of("true"), "Labels", Map.of(TestImages.TEST_LABEL, "events")));

            JsonNode event = first.get(20, TimeUnit.SECONDS);

            assertThat(event.path("Type").asText()).isEqualTo("container");
            assertThat(event.path("Action").asText()).isEqualTo("create");
            assertThat(event.path("Actor").path("Attributes").path(TestImages.TEST_LABEL).asText()).isEqualTo("events");
        }
    }

    @Test
    void boundedEventFeedReplaysAndEnds() {
        Instant before = Instant.now().minusSeconds(1);
        String id;
        try (TestImages.Scope scope = new TestImages.Scope(engine)) {
            id = scope.busyboxContainer("true");
        }
        Instant after = Instant.now().plusSeconds(1);
        List<String> actions = new ArrayList<>();

        // With an until bound the engine ends the response; a client that waited for more would time out here.
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (EventStream events = engine.events(before, after, Map.of("container", List.of(id)))) {
                JsonNode event;
                while ((event = events.next()) != null) {
                    actions.add(event.path("Action").asText());
                }
            }
        });

        assertThat(actions).containsSubsequence("create", "destroy");
    }
}
