package dev.trusty.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trusty.core.Finding;
import dev.trusty.core.Fix;
import dev.trusty.core.Location;
import dev.trusty.core.Reference;
import dev.trusty.core.Report;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.core.TargetReport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Trusty's own JSON report. The shape is documented in {@code docs/json-schema.md} and pinned by
 * {@code docs/trusty-report.schema.json}; {@link #SCHEMA_VERSION} changes with it (minor: fields
 * added, major: fields removed or changed).
 */
public final class JsonFormatter implements Formatter {
    public static final String SCHEMA_VERSION = "1.0";

    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        writeTree(toJson(report), out);
    }

    static void writeTree(JsonNode tree, OutputStream out) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(tree);
        out.write(bytes);
        out.write('\n');
        out.flush();
    }

    public ObjectNode toJson(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", SCHEMA_VERSION);
        root.putObject("tool")
                .put("name", report.tool() == null ? "trusty" : report.tool())
                .put("version", report.version() == null ? "unknown" : report.version());
        ArrayNode targets = root.putArray("targets");
        for (TargetReport t : report.targets()) {
            ObjectNode target = targets.addObject()
                    .put("name", t.target().name())
                    .put("kind", t.target().kind().label())
                    .put("rulesChecked", t.rulesChecked().size())
                    .put("findings", t.findings().size())
                    .put("suppressed", t.suppressed());
            putMillis(target, t.elapsed());
        }
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        root.set("summary", summary(report));
        return root;
    }

    private static ObjectNode finding(Finding f) {
        RuleInfo rule = f.rule();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", rule.id());
        ArrayNode aliases = node.putArray("aliases");
        rule.aliases().forEach(aliases::add);
        node.put("severity", f.severity().label());
        node.put("defaultSeverity", rule.severity().label());
        node.put("domain", rule.domain().label());
        node.put("title", rule.title());
        node.put("message", f.message());
        node.put("target", f.location().target());
        node.set("location", location(f.location()));
        node.put("rationale", rule.rationale());
        node.put("remediation", rule.remediation());
        node.set("references", references(rule));
        if (f.fix() != null) {
            node.set("fix", fix(f.fix()));
        }
        return node;
    }

    /** A location as an object tagged by {@code kind}: file, image, container or host. */
    static ObjectNode location(Location location) {
        ObjectNode node = MAPPER.createObjectNode();
        switch (location) {
            case Location.File file -> {
                node.put("kind", "file");
                node.put("path", file.path());
                node.put("line", file.line());
                node.put("column", file.column());
                node.put("endLine", file.endLine());
                node.put("endColumn", file.endColumn());
            }
            case Location.ImagePath image -> {
                node.put("kind", "image");
                node.put("image", image.image());
                node.put("path", image.path());
                node.put("layerIndex", image.layerIndex());
                node.put("layerDigest", image.layerDigest());
            }
            case Location.ContainerField field -> {
                node.put("kind", "container");
                node.put("container", field.container());
                node.put("field", field.field());
                node.set("source", field.source() == null ? null : location(field.source()));
            }
            case Location.Host host -> {
                node.put("kind", "host");
                node.put("subject", host.subject());
                node.put("detail", host.detail());
            }
        }
        node.put("text", location.describe());
        return node;
    }

    static ArrayNode references(RuleInfo rule) {
        ArrayNode refs = MAPPER.createArrayNode();
        for (Reference ref : rule.references()) {
            refs.addObject()
                    .put("kind", ref.kind().name().toLowerCase(Locale.ROOT))
                    .put("id", ref.id())
                    .put("alias", ref.alias())
                    .put("url", ref.url());
        }
        return refs;
    }

    private static ObjectNode fix(Fix fix) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("description", fix.description());
        ArrayNode edits = node.putArray("edits");
        for (Fix.Edit e : fix.edits()) {
            edits.addObject().put("line", e.line()).put("column", e.column())
                    .put("endLine", e.endLine()).put("endColumn", e.endColumn())
                    .put("replacement", e.replacement());
        }
        node.put("command", fix.command());
        return node;
    }

    private static ObjectNode summary(Report report) {
        ObjectNode summary = MAPPER.createObjectNode();
        summary.put("total", report.total());
        summary.put("suppressed", report.suppressed());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (Map.Entry<Severity, Integer> count : report.counts().entrySet()) {
            bySeverity.put(count.getKey().label(), count.getValue());
        }
        summary.put("worst", report.worst().map(Severity::label).orElse(null));
        summary.put("targets", report.targets().size());
        putMillis(summary, report.elapsed());
        return summary;
    }

    private static void putMillis(ObjectNode node, Duration elapsed) {
        if (elapsed != null) {
            node.put("elapsedMs", elapsed.toMillis());
        }
    }
}
