package dev.trusty.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trusty.core.Finding;
import dev.trusty.core.Fix;
import dev.trusty.core.Location;
import dev.trusty.core.Report;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as code-scanning services (GitHub, GitLab, Azure DevOps) read it: one run whose
 * driver carries every rule of the report, and one result per finding. File findings get a
 * physical location relative to {@value #SRCROOT}; image, container and host findings a logical
 * one, since they have no file in the repository.
 */
public final class SarifFormatter implements Formatter {
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        JsonFormatter.writeTree(toSarif(report), out);
    }

    public ObjectNode toSarif(Report report) {
        ObjectNode root = JsonFormatter.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", report.tool() == null ? "trusty" : report.tool());
        if (report.version() != null) {
            driver.put("version", report.version());
        }
        List<RuleInfo> rules = report.rules();
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleInfo rule : rules) {
            ruleIndex.put(rule.id(), ruleNodes.size());
            ruleNodes.add(rule(rule));
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!report.warnings().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            report.warnings().forEach(w -> notes.addObject().put("level", "warning").putObject("message").put("text", w));
        }

        ArrayNode results = run.putArray("results");
        report.findings().forEach(f -> results.add(result(f, ruleIndex.get(f.ruleId()))));
        run.putObject("properties").put("suppressed", report.suppressed());
        return root;
    }

    private static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = JsonFormatter.MAPPER.createObjectNode();
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.title()));
        node.putObject("shortDescription").put("text", rule.title());
        node.putObject("fullDescription").put("text", rule.rationale().isEmpty() ? rule.title() : rule.rationale());
        node.putObject("help")
                .put("text", RuleCatalogFormatter.explain(rule))
                .put("markdown", RuleCatalogFormatter.markdownBody(rule));
        if (!rule.referenceUrls().isEmpty()) {
            node.put("helpUri", rule.referenceUrls().getFirst());
        }
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode properties = node.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags.add("security");
        tags.add(rule.domain().label());
        rule.tags().forEach(tags::add);
        ArrayNode aliases = properties.putArray("aliases");
        rule.aliases().forEach(aliases::add);
        properties.put("security-severity", securitySeverity(rule.severity()));
        properties.put("severity", rule.severity().label());
        return node;
    }

    private static ObjectNode result(Finding f, int ruleIndex) {
        ObjectNode node = JsonFormatter.MAPPER.createObjectNode();
        node.put("ruleId", f.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", f.message());
        node.putArray("locations").add(location(f.location()));
        node.putObject("partialFingerprints").put("trustyFinding/v1", fingerprint(f));
        Location.File file = Locations.sourceFile(f.location());
        if (f.fix() != null && !f.fix().edits().isEmpty() && file != null) {
            node.putArray("fixes").add(fix(f.fix(), file));
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("severity", f.severity().label());
        properties.put("security-severity", securitySeverity(f.severity()));
        properties.put("target", f.location().target());
        if (f.fix() != null && f.fix().command() != null) {
            properties.put("fixCommand", f.fix().command());
        }
        return node;
    }

    private static ObjectNode location(Location location) {
        ObjectNode node = JsonFormatter.MAPPER.createObjectNode();
        switch (location) {
            case Location.File file -> node.set("physicalLocation", physical(file));
            case Location.ImagePath image -> {
                logical(node, image.path(), image.image() + ":" + image.path(), "resource");
                ObjectNode props = node.putObject("properties").put("image", image.image());
                if (image.layerIndex() >= 0) {
                    props.put("layerIndex", image.layerIndex());
                }
                if (image.layerDigest() != null) {
                    props.put("layerDigest", image.layerDigest());
                }
            }
            case Location.ContainerField field -> {
                if (field.source() != null) {
                    node.set("physicalLocation", physical(field.source()));
                }
                logical(node, field.field(), field.container() + "/" + field.field(), "property");
            }
            case Location.Host host -> logical(node, host.subject(), "host/" + host.subject(), "resource");
        }
        node.putObject("message").put("text", location.describe());
        return node;
    }

    private static void logical(ObjectNode node, String name, String qualifiedName, String kind) {
        node.putArray("logicalLocations").addObject()
                .put("name", name).put("fullyQualifiedName", qualifiedName).put("kind", kind);
    }

    private static ObjectNode physical(Location.File file) {
        ObjectNode node = JsonFormatter.MAPPER.createObjectNode();
        node.set("artifactLocation", artifact(file.path()));
        if (file.hasPosition()) {
            ObjectNode region = node.putObject("region");
            putRegion(region, file.line(), file.column(), file.endLine(), file.endColumn());
        }
        return node;
    }

    /** SARIF columns are 1-based with an exclusive end, like ours; 0 means "not given" here. */
    private static void putRegion(ObjectNode region, int line, int column, int endLine, int endColumn) {
        region.put("startLine", Math.max(1, line));
        if (column > 0) {
            region.put("startColumn", column);
        }
        int end = Math.max(line, endLine);
        region.put("endLine", end);
        if (endColumn > 0 && (end > line || endColumn > column)) {
            region.put("endColumn", endColumn);
        }
    }

    private static ObjectNode artifact(String path) {
        ObjectNode node = JsonFormatter.MAPPER.createObjectNode();
        String slashed = path.replace('\\', '/');
        boolean absolute = slashed.startsWith("/");
        node.put("uri", absolute ? "file://" + encode(slashed) : encode(stripDotSlash(slashed)));
        if (!absolute) {
            node.put("uriBaseId", SRCROOT);
        }
        return node;
    }

    private static String stripDotSlash(String path) {
        String p = path;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    /** Percent-encodes what a URI path may not hold raw (spaces, non-ASCII, '%', '#', '?'). */
    static String encode(String path) {
        try {
            String encoded = new URI(null, null, path, null).toASCIIString();
            // a relative path whose first segment has a ':' would read as a scheme
            return !path.startsWith("/") && encoded.contains(":") && encoded.indexOf(':') < indexOrMax(encoded, '/')
                    ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot encode path " + path, e);
        }
    }

    private static int indexOrMax(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static ObjectNode fix(Fix fix, Location.File file) {
        ObjectNode node = JsonFormatter.MAPPER.createObjectNode();
        node.putObject("description").put("text", fix.description() == null ? "" : fix.description());
        ObjectNode change = node.putArray("artifactChanges").addObject();
        change.set("artifactLocation", artifact(file.path()));
        ArrayNode replacements = change.putArray("replacements");
        for (Fix.Edit edit : fix.edits()) {
            ObjectNode replacement = replacements.addObject();
            putRegion(replacement.putObject("deletedRegion"), edit.line(), edit.column(), edit.endLine(), edit.endColumn());
            replacement.putObject("insertedContent").put("text", edit.replacement());
        }
        return node;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    /** The CVSS-like score GitHub code scanning maps back to critical/high/medium/low. */
    static String securitySeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "2.0";
            case INFO -> "0.0";
        };
    }

    /** A rule name in the form SARIF examples use: "Pin versions in apt-get" becomes PinVersionsInAptGet. */
    static String pascalCase(String title) {
        StringBuilder out = new StringBuilder();
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                        .append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        return out.toString();
    }

    /** Lets code-scanning services track one finding across runs. */
    private static String fingerprint(Finding f) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // no line numbers: the fingerprint should survive edits above the finding
            String where = f.location() instanceof Location.File ? "" : f.location().describe();
            String key = f.ruleId() + "\n" + f.location().target() + "\n" + where + "\n" + f.message();
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
