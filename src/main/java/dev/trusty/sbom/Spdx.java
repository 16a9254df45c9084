package dev.trusty.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * SPDX 2.3 JSON for an inventory: the document describes one package per inventory entry, each
 * with its purl as a package-manager external reference. Declared licences that are not SPDX
 * expressions are kept as a comment, the field itself says NOASSERTION.
 */
public final class Spdx {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern SPDX_EXPRESSION = Pattern.compile(
            "[A-Za-z0-9.+-]+(?: (?:AND|OR|WITH) [A-Za-z0-9.+-]+)*");

    private Spdx() {
    }

    public static String write(Inventory inventory, String targetName, String toolVersion, Instant now) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("spdxVersion", "SPDX-2.3");
        doc.put("dataLicense", "CC0-1.0");
        doc.put("SPDXID", "SPDXRef-DOCUMENT");
        doc.put("name", targetName);
        doc.put("documentNamespace", "https://trusty.dev/spdx/" + slug(targetName) + "-" + UUID.randomUUID());
        ObjectNode creation = doc.putObject("creationInfo");
        creation.put("created", now.truncatedTo(ChronoUnit.SECONDS).toString());
        creation.putArray("creators").add("Tool: trusty-" + toolVersion);
        ArrayNode packages = doc.putArray("packages");
        ArrayNode relationships = doc.putArray("relationships");
        int n = 0;
        for (Package p : inventory.packages()) {
            String id = "SPDXRef-Package-" + (++n);
            ObjectNode pkg = packages.addObject();
            pkg.put("SPDXID", id);
            pkg.put("name", p.namespace().isEmpty() ? p.name() : p.advisoryName());
            pkg.put("versionInfo", p.version());
            pkg.put("downloadLocation", "NOASSERTION");
            pkg.put("filesAnalyzed", false);
            boolean expression = SPDX_EXPRESSION.matcher(p.licence()).matches();
            pkg.put("licenseConcluded", "NOASSERTION");
            pkg.put("licenseDeclared", expression ? p.licence() : "NOASSERTION");
            if (!expression && !p.licence().isEmpty()) {
                pkg.put("licenseComments", "declared: " + p.licence());
            }
            pkg.put("copyrightText", "NOASSERTION");
            pkg.put("sourceInfo", "found in " + String.join(", ", p.locations().stream()
                    .map(w -> w.layer() == null ? w.path() : w.path() + " (layer " + w.layer() + ")").toList()));
            if (p.ecosystem().isDistro() && !p.sourceName().equals(p.name())) {
                pkg.put("comment", "source package " + p.sourceName() + " " + p.sourceVersion());
            }
            ObjectNode ref = pkg.putArray("externalRefs").addObject();
            ref.put("referenceCategory", "PACKAGE-MANAGER");
            ref.put("referenceType", "purl");
            ref.put("referenceLocator", p.purl());
            ObjectNode rel = relationships.addObject();
            rel.put("spdxElementId", "SPDXRef-DOCUMENT");
            rel.put("relationshipType", "DESCRIBES");
            rel.put("relatedSpdxElement", id);
        }
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String slug(String name) {
        String s = name.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "target" : s;
    }
}
