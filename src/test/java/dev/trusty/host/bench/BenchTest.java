package dev.trusty.host.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.InputException;
import dev.trusty.host.HostTree;
import dev.trusty.host.Hosts;
import dev.trusty.host.checks.CheckResult;
import dev.trusty.host.checks.Evidence;
import dev.trusty.host.checks.HostChecks;
import dev.trusty.host.checks.Result;
import dev.trusty.host.facts.HostFacts;
import dev.trusty.host.facts.HostFactsCollector;
import dev.trusty.host.facts.StaticEngineFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchTest {
    @TempDir
    Path root;

    private final ObjectMapper json = new ObjectMapper();

    private HostFacts facts() {
        return new HostFactsCollector(root).environment(Map.of()).asRoot(true).collect();
    }

    private BenchResult run(Selection selection) {
        return new Bench(HostChecks.ALL, ContainerSection.NOT_WIRED).run(facts(), selection, c -> true);
    }

    @Test
    void defaultRunHasEveryCisAndTrustyCheckButNotTheCommunityGroup() {
        BenchResult all = run(Selection.all());
        assertThat(all.entries()).extracting(BenchEntry::benchId).contains("1.1.1", "2.18", "3.24", "4.12", "5.1", "7.9", "TH087")
                .doesNotContain("C.2");
        assertThat(all.entries()).extracting(BenchEntry::benchId).startsWith("1.1.1", "1.1.2", "1.1.3").endsWith("TH090");
        // natural order: 1.1.10 after 1.1.9
        List<String> ids = all.entries().stream().map(BenchEntry::benchId).toList();
        assertThat(ids.indexOf("1.1.10")).isEqualTo(ids.indexOf("1.1.9") + 1);
        assertThat(all.notes()).contains("section 5 (container runtime) skipped: no engine");
    }

    @Test
    void checkAndExcludeTakeIdsSectionsAndGroups() {
        assertThat(run(new Selection(List.of("2.2"), List.of(), 2)).entries()).extracting(BenchEntry::benchId).containsExactly("2.2");
        assertThat(run(new Selection(List.of("TH022", "CIS-2.3"), List.of(), 2)).entries()).extracting(BenchEntry::benchId)
                .containsExactly("2.2", "2.3");
        assertThat(run(new Selection(List.of("docker_daemon_files"), List.of("3.1", "3.2"), 2)).entries()).hasSize(22);
        assertThat(run(new Selection(List.of("1.1"), List.of(), 2)).entries()).hasSize(18);
        assertThat(run(new Selection(List.of("community"), List.of(), 2)).entries()).extracting(BenchEntry::benchId)
                .containsExactly("C.2", "C.5.3.1", "C.5.3.2", "C.5.3.3", "C.5.3.4");
        assertThat(run(new Selection(List.of("all"), List.of(), 2)).entries()).hasSize(HostChecks.ALL.size());
        assertThat(run(new Selection(List.of("cis"), List.of(), 2)).entries()).noneMatch(e -> e.benchId().startsWith("TH"));
        assertThat(run(new Selection(List.of(), List.of(), 1)).entries()).extracting(BenchEntry::benchId)
                .doesNotContain("2.9", "2.12", "2.17").contains("2.2");
    }

    @Test
    void unknownCheckNamesFailWithOneLine() {
        assertThatThrownBy(() -> run(new Selection(List.of("2.99"), List.of(), 2)))
                .isInstanceOf(InputException.class).hasMessageStartingWith("unknown check or group '2.99'");
        assertThatThrownBy(() -> new Selection(List.of(), List.of(), 3)).hasMessage("--level must be 1 or 2, not 3");
    }

    @Test
    void jsonListsEveryCheckAndReadsBackAsABaseline() throws Exception {
        Hosts.weak(root);
        BenchResult result = run(Selection.all());
        String text = BenchJson.write(result, "0.1.0");
        JsonNode doc = json.readTree(text);
        assertThat(doc.path("format").asText()).isEqualTo("trusty-bench/1");
        assertThat(doc.path("checks")).hasSize(result.entries().size());
        JsonNode tls = null;
        for (JsonNode c : doc.path("checks")) {
            if (c.path("id").asText().equals("2.7")) {
                tls = c;
            }
        }
        assertThat(tls).isNotNull();
        assertThat(tls.path("rule").asText()).isEqualTo("TH027");
        assertThat(tls.path("cis180").asText()).as("1.8.0 moved 2.7 to 2.8").isEqualTo("2.8");
        assertThat(tls.path("result").asText()).isEqualTo("warn");
        assertThat(tls.path("items").get(0).path("subject").asText()).isEqualTo("hosts");
        assertThat(doc.path("counts").path("warn").asInt()).isEqualTo(result.counts().get(Result.WARN));

        Path file = root.resolve("previous.json");
        Files.writeString(file, text);
        Map<String, BenchJson.Recorded> back = BenchJson.read(file);
        assertThat(back).hasSize(result.entries().size());
        assertThat(back.get("2.7").result()).isEqualTo(Result.WARN);
        assertThat(BaselineDiff.between(back, result).isEmpty()).isTrue();
    }

    @Test
    void baselineDiffShowsNewAndFixedWarnings() throws Exception {
        HostTree t = Hosts.weak(root);
        Path file = root.resolve("previous.json");
        Files.writeString(file, BenchJson.write(run(Selection.all()), "0.1.0"));
        // fix the socket, open a new insecure registry
        t.set("/var/run/docker.sock", 0660, -1, -1);
        t.process(900, 0, "dockerd", "-H", "tcp://0.0.0.0:2375", "-D", "--insecure-registry", "10.0.0.5:5000",
                "--insecure-registry", "10.0.0.6:5000", "--iptables=false", "--experimental", "--icc=true");
        BaselineDiff diff = BaselineDiff.between(BenchJson.read(file), run(Selection.all()));
        assertThat(diff.newWarnings()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("2.5");
            assertThat(c.items()).containsExactly("10.0.0.6:5000");
        });
        assertThat(diff.fixed()).extracting(BaselineDiff.Change::id).containsExactly("3.16");
        assertThat(diff.render()).contains("New warnings (1):").contains("2.5  warn -> warn").contains("* 10.0.0.6:5000")
                .contains("Fixed (1):").contains("3.16  warn -> pass");
    }

    @Test
    void badBaselineFilesFailWithTheirPosition() throws Exception {
        Path bad = root.resolve("bad.json");
        Files.writeString(bad, "{\n \"checks\": [\n");
        assertThatThrownBy(() -> BenchJson.read(bad)).isInstanceOf(InputException.class).hasMessageStartingWith(bad + ":");
        Files.writeString(bad, "{\"tool\":\"x\"}");
        assertThatThrownBy(() -> BenchJson.read(bad)).hasMessageContaining("not a trusty bench JSON report");
    }

    @Test
    void containerSectionEntriesAreFoldedInAndSelected() throws Exception {
        var engine = StaticEngineFacts.of(json.readTree("{\"Swarm\":{\"LocalNodeState\":\"inactive\"}}"), json.readTree("{}"))
                .withContainers(List.of(json.readTree("{\"Id\":\"abc\",\"Name\":\"/web\"}"), json.readTree("{\"Id\":\"def\",\"Name\":\"/db\"}")));
        HostFacts facts = new HostFactsCollector(root).environment(Map.of()).asRoot(true).engine(engine).collect();
        ContainerSection privileged = (containers, f) -> List.of(new BenchEntry("5.5", HostChecks.ALL.get(0).info(), 1,
                CheckResult.warn("privileged", containers.stream().map(c -> new Evidence(c.path("Name").asText(), "Privileged")).toList())));
        Bench bench = new Bench(HostChecks.ALL, privileged);
        BenchResult result = bench.run(facts, Selection.all(), new ContainerFilter(List.of(), List.of("^db$"), null));
        assertThat(result.entry("5.5")).get().extracting(e -> e.result().items().size()).isEqualTo(1);
        List<String> ids = result.entries().stream().map(BenchEntry::benchId).toList();
        assertThat(ids.indexOf("5.5")).isEqualTo(ids.indexOf("5.1") + 1);
        assertThat(bench.run(facts, new Selection(List.of("2"), List.of(), 2), c -> true).entry("5.5")).isEmpty();
    }

    @Test
    void remoteEngineSkipsChecksOfThisMachinesFiles() throws Exception {
        Hosts.weak(root);
        var remote = new StaticEngineFacts("tcp://build:2376", json.readTree("{\"LoggingDriver\":\"syslog\"}"), json.readTree("{}"),
                List.of(), List.of(), Map.of(), List.of(), null, List.of(), List.of(), false);
        HostFacts facts = new HostFactsCollector(root).environment(Map.of()).asRoot(true).engine(remote).collect();
        BenchResult result = new Bench(HostChecks.ALL, ContainerSection.NOT_WIRED).run(facts, Selection.all(), c -> true);
        assertThat(result.entry("3.16").orElseThrow().result().summary()).startsWith("remote engine");
        assertThat(result.entry("2.13").orElseThrow().result().result()).isEqualTo(Result.PASS);
        assertThat(result.entry("2.7").orElseThrow().result().result()).isEqualTo(Result.SKIPPED);
    }

    @Test
    void ownContainerAndLabelledOnesAreNeverAudited() throws Exception {
        ContainerFilter filter = new ContainerFilter(List.of("web"), List.of(), "0123456789ab");
        assertThat(filter.test(json.readTree("{\"Id\":\"0123456789abcdef\",\"Name\":\"/web-trusty\"}"))).isFalse();
        assertThat(filter.test(json.readTree("{\"Id\":\"ffff\",\"Name\":\"/web\",\"Config\":{\"Labels\":{\"docker.bench.security\":\"\"}}}"))).isFalse();
        assertThat(filter.test(json.readTree("{\"Id\":\"ffff\",\"Name\":\"/web\"}"))).isTrue();
        assertThat(filter.test(json.readTree("{\"Id\":\"ffff\",\"Name\":\"/db\"}"))).isFalse();
        assertThatThrownBy(() -> new ContainerFilter(List.of("("), List.of(), null)).hasMessageStartingWith("bad container pattern '('");
    }

    @Test
    void cis180IdsShiftOnlyTheUpperDaemonChecks() {
        assertThat(Cis180.of("2.6")).contains("2.6");
        assertThat(Cis180.of("2.7")).contains("2.8");
        assertThat(Cis180.of("2.18")).contains("2.19");
        assertThat(Cis180.of("TH088")).contains("2.7");
        assertThat(Cis180.of("3.7")).contains("3.7");
        assertThat(Cis180.of("C.2")).isEmpty();
        assertThat(Cis180.of("TH087")).isEmpty();
    }
}
