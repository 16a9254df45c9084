package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.Reference;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.rules.DockerfileRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Trivy's Dockerfile checks (trivy-checks {@code checks/docker}) report, per DS id
 * ({@code src/test/resources/dev/trusty/trivy/DSxxx.cases}, format in {@link ParityCorpus}), run with
 * {@code --enable DSxxx} as a migrating Trivy user would: a DS alias must fire exactly where Trivy's
 * check would, so ignoring the id silences the same findings.
 */
class TrivyParityTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> trivyExpectations() throws IOException, URISyntaxException {
        return new ParityCorpus("/dev/trusty/trivy", ".trusty.yaml", tmp, true).tests();
    }

    /** Each DS id is carried by a rule, read by at most one reading beside it, and has a corpus of 4+4 cases. */
    @Test
    void everyTrivyAliasHasARuleAndACorpus() throws IOException {
        Map<String, List<String>> rulesByCheck = new TreeMap<>();
        for (RuleInfo info : DockerfileLinter.catalogue()) {
            info.references().stream().filter(r -> r.kind() == Reference.Kind.TRIVY)
                    .forEach(r -> rulesByCheck.computeIfAbsent(r.id(), k -> new java.util.ArrayList<>()).add(info.id()));
        }
        Map<String, Long> readingsByCheck = DockerfileRules.readings().stream()
                .flatMap(r -> r.info().references().stream()).filter(r -> r.kind() == Reference.Kind.TRIVY)
                .collect(Collectors.groupingBy(Reference::id, Collectors.counting()));
        assertThat(rulesByCheck).hasSize(28);
        assertThat(rulesByCheck.get("DS001")).containsExactly("TD006", "TD007");
        assertThat(readingsByCheck).allSatisfy((check, n) -> assertThat(n).as(check).isEqualTo(1L));
        for (String check : rulesByCheck.keySet()) {
            try (InputStream in = TrivyParityTest.class.getResourceAsStream("/dev/trusty/trivy/" + check + ".cases")) {
                assertThat(in).as(check + ".cases").isNotNull();
                List<ParityCorpus.Case> cases = ParityCorpus.parse(check, check, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                Map<Boolean, Long> counts = cases.stream().collect(Collectors.partitioningBy(ParityCorpus.Case::catches, Collectors.counting()));
                assertThat(counts.get(true)).as(check + " firing cases").isGreaterThanOrEqualTo(4);
                assertThat(counts.get(false)).as(check + " silent cases").isGreaterThanOrEqualTo(4);
            }
        }
    }

    /**
     * One finding per problem: it carries DS021 only where Trivy reports too, so a .trivyignore line silences
     * exactly that; lines only Trivy reports (it does not take -qq for yes) come with --enable DS021.
     */
    @Test
    void aTrivyIdFollowsTrivysReadingOfTheSameProblem() throws IOException {
        Path both = tmp.resolve("Dockerfile");
        Files.writeString(both, "FROM debian:12\nRUN apt-get install --no-install-recommends curl=7.88.1-10\n");
        assertThat(aliases("lint", both.toString())).containsEntry("TD014", List.of("DL3014", "DS021"));
        assertThat(ids("lint", "--ignore", "DS021", both.toString())).doesNotContain("TD014");

        Path trivyOnly = tmp.resolve("Dockerfile.qq");
        Files.writeString(trivyOnly, "FROM debian:12\nRUN apt-get -qq install --no-install-recommends curl=7.88.1-10\n");
        assertThat(ids("lint", trivyOnly.toString())).doesNotContain("TD014");
        assertThat(aliases("lint", "--enable", "DS021", trivyOnly.toString())).containsEntry("TD014", List.of("DS021"));
        assertThat(ids("lint", "--enable", "DS021", "--ignore", "DL3014", trivyOnly.toString())).contains("TD014");
        assertThat(ids("lint", "--enable", "DS021", "--ignore", "DS021", trivyOnly.toString())).doesNotContain("TD014");
    }

    private static Map<String, List<String>> aliases(String... lint) throws IOException {
        Map<String, List<String>> byId = new TreeMap<>();
        for (JsonNode f : findings(lint)) {
            List<String> tools = new java.util.ArrayList<>();
            f.path("aliases").forEach(a -> tools.add(a.asText()));
            byId.put(f.path("id").asText(), tools.stream().filter(a -> a.startsWith("DL") || a.startsWith("DS")).sorted().toList());
        }
        return byId;
    }

    private static JsonNode findings(String... lint) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(lint));
        args.addAll(1, List.of("--format", "json", "--shellcheck", "never"));
        Cli run = Cli.run(args.toArray(String[]::new));
        return new ObjectMapper().readTree(run.out()).path("findings");
    }

    private static List<String> ids(String... lint) throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        findings(lint).forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }
}
