package dev.trusty.vuln.db;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.InputException;
import dev.trusty.pkg.Warnings;
import dev.trusty.vuln.AffectedStatus;
import dev.trusty.vuln.OsvRanges;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Debian Security Tracker JSON export ({@code source package → issue → releases →
 * status}). Per release: {@code resolved} with a version = fixed there, with {@code "0"} = never
 * affected, {@code open} = unfixed (or will-not-fix / deferred per {@code nodsa_reason});
 * {@code undetermined} and {@code TEMP-} ids are skipped. Releases are stored under the OSV
 * ecosystem names ({@code Debian:12}) so tracker and OSV data match the same way.
 */
public final class DebianTrackerImporter {

    public static final String SOURCE = "debian-tracker";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RELEASES = Map.of(
            "buster", "10", "bullseye", "11", "bookworm", "12", "trixie", "13", "forky", "14", "sid", "sid");

    private DebianTrackerImporter() {
    }

    public static void importFile(Path file, RecordSink sink, Warnings warnings) throws IOException {
        Map<String, Builder> byIssue = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(file + ": not a Debian Security Tracker JSON export (expected an object)");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String sourcePackage = parser.currentName();
                parser.nextToken();
                JsonNode issues = JSON.readTree(parser);
                if (!issues.isObject()) {
                    warnings.add(file + ": skipped package '" + sourcePackage + "' (not an object)");
                    continue;
                }
                issues.properties().forEach(issue -> addIssue(file, sourcePackage, issue.getKey(), issue.getValue(),
                        byIssue, warnings));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw InputException.at(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "malformed Debian Security Tracker JSON: " + e.getOriginalMessage());
        }
        byIssue.values().forEach(b -> sink.accept(SOURCE, "Debian", b.build()));
        sink.complete(SOURCE, "Debian");
    }

    private static void addIssue(Path file, String pkg, String id, JsonNode issue, Map<String, Builder> byIssue,
                                 Warnings warnings) {
        if (id.startsWith("TEMP-")) {
            return;
        }
        JsonNode releases = issue.path("releases");
        if (!releases.isObject()) {
            warnings.add(file + ": skipped " + pkg + "/" + id + " (no releases object)");
            return;
        }
        Builder builder = byIssue.computeIfAbsent(id, k -> new Builder(id, issue.path("description").asText("")));
        releases.properties().forEach(r -> {
            String release = RELEASES.get(r.getKey());
            if (release == null) {
                return;
            }
            JsonNode state = r.getValue();
            String status = state.path("status").asText("");
            String fixed = state.path("fixed_version").asText("");
            String urgency = state.path("urgency").asText("");
            String ecosystem = "Debian:" + release;
            switch (status) {
                case "resolved" -> {
                    if (fixed.isEmpty()) {
                        warnings.add(file + ": skipped " + pkg + "/" + id + " in " + r.getKey() + " (resolved without fixed_version)");
                    } else if (fixed.equals("0")) {
                        builder.add(ecosystem, pkg, AffectedStatus.NOT_AFFECTED, List.of(), urgency);
                    } else {
                        builder.add(ecosystem, pkg, AffectedStatus.RANGES, List.of(new VulnRecord.Range("ECOSYSTEM",
                                List.of(new OsvRanges.Event("introduced", "0"), new OsvRanges.Event("fixed", fixed)))), urgency);
                    }
                }
                case "open" -> {
                    String reason = state.path("nodsa_reason").asText("");
                    AffectedStatus st = switch (reason) {
                        case "ignored" -> AffectedStatus.WILL_NOT_FIX;
                        case "postponed" -> AffectedStatus.FIX_DEFERRED;
                        default -> AffectedStatus.UNFIXED;
                    };
                    builder.add(ecosystem, pkg, st, List.of(), urgency);
                }
                default -> {
                    // undetermined: the tracker does not know yet; nothing to assert
                }
            }
        });
    }

    private static final class Builder {
        final String id;
        final String summary;
        final List<VulnRecord.Affected> affected = new ArrayList<>();

        Builder(String id, String summary) {
            this.id = id;
            this.summary = summary;
        }

        void add(String ecosystem, String pkg, AffectedStatus status, List<VulnRecord.Range> ranges, String urgency) {
            affected.add(new VulnRecord.Affected(ecosystem, pkg, status, ranges, List.of(), urgency));
        }

        VulnRecord build() {
            return new VulnRecord(id, null, null, null, summary, List.of(), null, null, affected);
        }
    }
}
