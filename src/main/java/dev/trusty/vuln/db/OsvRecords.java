package dev.trusty.vuln.db;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.vuln.AffectedStatus;
import dev.trusty.vuln.OsvRanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Converts one OSV JSON record (schema 1.x; unknown fields ignored) into a {@link VulnRecord}. */
public final class OsvRecords {

    private static final Set<String> EVENT_KINDS = Set.of("introduced", "fixed", "last_affected", "limit");

    private OsvRecords() {
    }

    public static VulnRecord convert(JsonNode osv) throws MalformedRecordException {
        if (!osv.isObject()) {
            throw new MalformedRecordException("not a JSON object");
        }
        String id = text(osv, "id");
        if (id == null || id.isBlank()) {
            throw new MalformedRecordException("no id");
        }
        List<String> aliases = new ArrayList<>();
        for (String field : List.of("aliases", "upstream")) {
            JsonNode list = osv.path(field);
            if (!list.isMissingNode() && !list.isArray()) {
                throw new MalformedRecordException(id + ": '" + field + "' is not an array");
            }
            list.forEach(a -> {
                if (a.isTextual() && !aliases.contains(a.asText())) {
                    aliases.add(a.asText());
                }
            });
        }
        String vector = cvss(osv.path("severity"));
        List<VulnRecord.Affected> affected = new ArrayList<>();
        JsonNode affectedList = osv.path("affected");
        if (!affectedList.isMissingNode() && !affectedList.isArray()) {
            throw new MalformedRecordException(id + ": 'affected' is not an array");
        }
        for (JsonNode entry : affectedList) {
            JsonNode pkg = entry.path("package");
            String ecosystem = text(pkg, "ecosystem");
            String name = text(pkg, "name");
            if (ecosystem == null || name == null) {
                throw new MalformedRecordException(id + ": affected package without ecosystem or name");
            }
            if (vector == null) {
                vector = cvss(entry.path("severity"));
            }
            List<VulnRecord.Range> ranges = new ArrayList<>();
            for (JsonNode range : entry.path("ranges")) {
                String type = text(range, "type");
                if (!"ECOSYSTEM".equals(type) && !"SEMVER".equals(type)) {
                    continue; // GIT ranges need the repository graph; a scanner cannot evaluate them
                }
                ranges.add(new VulnRecord.Range(type, events(id, range.path("events"))));
            }
            List<String> versions = new ArrayList<>();
            entry.path("versions").forEach(v -> versions.add(v.asText()));
            if (ranges.isEmpty() && versions.isEmpty()) {
                continue;
            }
            affected.add(new VulnRecord.Affected(ecosystem, PackageNames.normalise(baseOf(ecosystem), name),
                    AffectedStatus.RANGES, ranges, ranges.isEmpty() ? versions : List.of(), urgency(entry)));
        }
        String severityWord = text(osv.path("database_specific"), "severity");
        String summary = text(osv, "summary");
        if (summary == null) {
            String details = text(osv, "details");
            summary = details == null ? "" : details.lines().findFirst().orElse("");
        }
        return new VulnRecord(id, text(osv, "modified"), text(osv, "published"), text(osv, "withdrawn"),
                summary, aliases, vector, severityWord, affected);
    }

    private static List<OsvRanges.Event> events(String id, JsonNode events) throws MalformedRecordException {
        if (!events.isArray() || events.isEmpty()) {
            throw new MalformedRecordException(id + ": range without events");
        }
        List<OsvRanges.Event> result = new ArrayList<>();
        for (JsonNode event : events) {
            var fields = event.properties().iterator();
            if (!fields.hasNext()) {
                throw new MalformedRecordException(id + ": empty range event");
            }
            var field = fields.next();
            if (!EVENT_KINDS.contains(field.getKey()) || !field.getValue().isTextual()) {
                throw new MalformedRecordException(id + ": unknown range event '" + field.getKey() + "'");
            }
            result.add(new OsvRanges.Event(field.getKey(), field.getValue().asText()));
        }
        return result;
    }

    private static String cvss(JsonNode severities) {
        String best = null;
        for (JsonNode s : severities) {
            String type = text(s, "type");
            String score = text(s, "score");
            if (score != null && "CVSS_V3".equals(type)) {
                best = score;
            }
        }
        return best;
    }

    private static String urgency(JsonNode entry) {
        String urgency = text(entry.path("ecosystem_specific"), "urgency");
        return urgency != null ? urgency : text(entry.path("database_specific"), "urgency");
    }

    static String baseOf(String ecosystem) {
        int colon = ecosystem.indexOf(':');
        return colon < 0 ? ecosystem : ecosystem.substring(0, colon);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
