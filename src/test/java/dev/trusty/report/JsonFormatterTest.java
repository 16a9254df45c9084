package dev.trusty.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFormatterTest {
    /** The published schema, read from the repository so the test fails when code and doc drift. */
    private static final Path SCHEMA = Path.of("docs", "trusty-report.schema.json");
    private static SchemaCheck schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schema = SchemaCheck.load(Files.newInputStream(SCHEMA), SpecificationVersion.DRAFT_2020_12);
    }

    private static String json(dev.trusty.core.Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonFormatter().write(report, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outputIsValidAgainstThePublishedSchema() throws IOException {
        assertThat(schema.errors(json(SampleReport.report()))).isEmpty();
        assertThat(schema.errors(json(SampleReport.empty()))).isEmpty();
    }

    @Test
    void schemaRejectsWhatTheDocPromisesNotToEmit() throws IOException {
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(json(SampleReport.report()));
        ObjectNode finding = (ObjectNode) doc.get("findings").get(0);
        finding.put("severity", "fatal");
        ((ObjectNode) finding.get("location")).put("kind", "pixel");
        doc.put("surprise", true);

        assertThat(schema.errors(doc.toString()))
                .anySatisfy(e -> assertThat(e).contains("/findings/0/severity"))
                .anySatisfy(e -> assertThat(e).contains("/findings/0/location"))
                .anySatisfy(e -> assertThat(e).contains("surprise"));
    }

    @Test
    void findingsCarryRuleFactsTargetAndATaggedLocationPerKind() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(json(SampleReport.report()));
        assertThat(doc.get("version").asText()).isEqualTo(JsonFormatter.SCHEMA_VERSION);
        assertThat(doc.at("/tool/name").asText()).isEqualTo("trusty");
        assertThat(doc.get("targets")).hasSize(6);
        assertThat(doc.at("/targets/0/suppressed").asInt()).isEqualTo(2);

        JsonNode latest = doc.at("/findings/1");
        assertThat(latest.get("id").asText()).isEqualTo("TD007");
        assertThat(latest.get("aliases").toString()).isEqualTo("[\"DL3007\",\"CIS-4.2\"]");
        assertThat(latest.get("severity").asText()).isEqualTo("medium");
        assertThat(latest.get("target").asText()).isEqualTo("app/Dockerfile");
        assertThat(latest.get("location").toString()).isEqualTo(
                "{\"kind\":\"file\",\"path\":\"app/Dockerfile\",\"line\":1,\"column\":13,\"endLine\":1,\"endColumn\":19,"
                        + "\"text\":\"app/Dockerfile:1:13\"}");
        assertThat(latest.at("/references/0/url").asText()).isEqualTo("https://github.com/hadolint/hadolint/wiki/DL3007");
        assertThat(latest.at("/fix/edits/0/replacement").asText()).isEqualTo("12.8");

        assertThat(doc.findValuesAsText("kind")).contains("file", "image", "container", "host");
        JsonNode imageConfig = doc.at("/findings/5");
        assertThat(imageConfig.at("/location/kind").asText()).isEqualTo("image");
        assertThat(imageConfig.at("/location/layerIndex").asInt()).isEqualTo(-1);
        assertThat(imageConfig.get("severity").asText()).isEqualTo("low");
        assertThat(imageConfig.get("defaultSeverity").asText()).isEqualTo("info");
        assertThat(doc.at("/findings/6/location/source/line").asInt()).isEqualTo(4);
        assertThat(doc.at("/findings/7/location/source").isNull()).isTrue();
        assertThat(doc.at("/findings/8/fix/command").asText()).isEqualTo("dockerd -H unix:///var/run/docker.sock");
    }

    @Test
    void summaryCountsEverySeverityAndSuppressions() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(json(SampleReport.report())).get("summary");
        assertThat(summary.toString()).isEqualTo("{\"total\":9,\"suppressed\":3,"
                + "\"bySeverity\":{\"critical\":3,\"high\":2,\"medium\":1,\"low\":2,\"info\":1},"
                + "\"worst\":\"critical\",\"targets\":6,\"elapsedMs\":420}");
        JsonNode empty = new ObjectMapper().readTree(json(SampleReport.empty())).get("summary");
        assertThat(empty.get("worst").isNull()).isTrue();
        assertThat(empty.get("total").asInt()).isZero();
    }

    @Test
    void escapesQuotesNewlinesAndControlCharactersAndKeepsUnicode() throws IOException {
        String text = json(SampleReport.report());
        assertThat(text).contains("büild' ✓").contains("\\\"root\\\"").contains("\\n").contains("\\u001B[2J");
        JsonNode doc = new ObjectMapper().readTree(text);
        assertThat(doc.at("/findings/3/message").asText()).isEqualTo(SampleReport.TRICKY_MESSAGE);
        assertThat(doc.at("/targets/2/name").asText()).isEqualTo(SampleReport.COMPOSE);
    }

    @Test
    void theExampleInTheDocIsValidToo() throws IOException {
        String doc = Files.readString(Path.of("docs", "json-schema.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        assertThat(schema.errors(example)).isEmpty();
    }
}
