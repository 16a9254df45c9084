package dev.trusty.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** CycloneDX 1.6 JSON for an inventory: one component per package, located by properties. */
public final class CycloneDx {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CycloneDx() {
    }

    public static String write(Inventory inventory, String targetName, String toolVersion, Instant now) {
        ObjectNode bom = JSON.createObjectNode();
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", "1.6");
        bom.put("serialNumber", "urn:uuid:" + UUID.randomUUID());
        bom.put("version", 1);
        ObjectNode metadata = bom.putObject("metadata");
        metadata.put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode tool = metadata.putObject("tools").putArray("components").addObject();
        tool.put("type", "application");
        tool.put("name", "trusty");
        tool.put("version", toolVersion);
        ObjectNode subject = metadata.putObject("component");
        subject.put("type", inventory.distro().isKnown() ? "container" : "application");
        subject.put("bom-ref", "target");
        subject.put("name", targetName);
        ArrayNode components = bom.putArray("components");
        if (inventory.distro().isKnown()) {
            ObjectNode os = components.addObject();
            os.put("type", "operating-system");
            os.put("bom-ref", "os:" + inventory.distro().id() + "-" + inventory.distro().version());
            os.put("name", inventory.distro().id());
            os.put("version", inventory.distro().version());
            os.put("description", inventory.distro().prettyName());
        }
        Set<String> refs = new HashSet<>();
        for (Package p : inventory.packages()) {
            ObjectNode c = components.addObject();
            c.put("type", "library");
            String ref = p.purl();
            for (int n = 2; !refs.add(ref); n++) {
                ref = p.purl() + "#" + n; // the same package found twice (two jars) needs distinct refs
            }
            c.put("bom-ref", ref);
            if (!p.namespace().isEmpty()) {
                c.put("group", p.namespace());
            }
            c.put("name", p.name());
            c.put("version", p.version());
            if (!p.licence().isEmpty()) {
                c.putArray("licenses").addObject().putObject("license").put("name", p.licence());
            }
            c.put("purl", p.purl());
            ArrayNode props = c.putArray("properties");
            for (Package.FoundIn where : p.locations()) {
                property(props, "trusty:location", where.path());
                if (where.layer() != null) {
                    property(props, "trusty:layer", where.layer());
                }
            }
            if (p.ecosystem().isDistro() && (!p.sourceName().equals(p.name()) || !p.sourceVersion().equals(p.version()))) {
                property(props, "trusty:source-package", p.sourceName() + " " + p.sourceVersion());
            }
        }
        try {
            return JSON.writeValueAsString(bom) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void property(ArrayNode props, String name, String value) {
        ObjectNode p = props.addObject();
        p.put("name", name);
        p.put("value", value);
    }
}
