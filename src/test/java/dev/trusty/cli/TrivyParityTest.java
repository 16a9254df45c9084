package dev.trusty.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.Reference;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.lint.DockerfileLinter;
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

    /** Each DS id sits on one rule, and has a corpus of at least 4 firing and 4 silent cases. */
    @Test
    void everyTrivyAliasHasOneRuleAndACorpus() throws IOException {
        Map<String, List<String>> rulesByCheck = new TreeMap<>();
        for (RuleInfo info : DockerfileLinter.catalogue()) {
            info.references().stream().filter(r -> r.kind() == Reference.Kind.TRIVY)
                    .forEach(r -> rulesByCheck.computeIfAbsent(r.id(), k -> new java.util.ArrayList<>()).add(info.id()));
        }
        assertThat(rulesByCheck).hasSize(28).allSatisfy((check, rules) -> assertThat(rules).as(check).hasSize(1));
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

    /** The Trivy-scoped twins are opt-in: a plain lint keeps its findings, --enable DS021 adds exactly TD142. */
    @Test
    void trivyTwinsRunOnlyWhenEnabled() throws IOException {
        Path file = tmp.resolve("Dockerfile");
        Files.writeString(file, "FROM debian:12\nRUN apt-get -qq install curl\n");
        List<String> plain = ids("lint", file.toString());
        assertThat(plain).contains("TD008", "TD015").doesNotContain("TD142", "TD143");
        List<String> enabled = ids("lint", "--enable", "DS021", file.toString());
        assertThat(enabled).contains("TD142").doesNotContain("TD143");
        assertThat(enabled.stream().filter(id -> !id.equals("TD142")).toList()).isEqualTo(plain);
        assertThat(ids("lint", "--enable", "DS021", "--ignore", "DS021", file.toString())).isEqualTo(plain);
    }

    private static List<String> ids(String... lint) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(lint));
        args.addAll(1, List.of("--format", "json", "--shellcheck", "never"));
        Cli run = Cli.run(args.toArray(String[]::new));
        List<String> ids = new java.util.ArrayList<>();
        new ObjectMapper().readTree(run.out()).path("findings").forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }
}
