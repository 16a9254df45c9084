package dev.trusty.vuln.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.InputException;
import dev.trusty.pkg.Warnings;
import dev.trusty.vuln.AffectedStatus;
import dev.trusty.vuln.OsvRanges;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one Alpine secdb file ({@code v3.20/main.json}): per origin package, {@code secfixes}
 * maps a fixed version to the ids it fixes; {@code "0"} means triaged as not affected. secdb
 * lists only fixes, so everything imported from it has a fixed version.
 */
public final class AlpineSecdbImporter {

    public static final String SOURCE = "alpine-secdb";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AlpineSecdbImporter() {
    }

    public static void importFile(Path file, RecordSink sink, Warnings warnings) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw InputException.at(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "malformed Alpine secdb JSON: " + e.getOriginalMessage());
        }
        String branch = root.path("distroversion").asText("");
        if (!branch.matches("v\\d+\\.\\d+|edge")) {
            throw new InputException(file + ": not an Alpine secdb file (distroversion '" + branch + "')");
        }
        String scope = branch + "/" + root.path("reponame").asText("main");
        String ecosystem = "Alpine:" + branch;
        Map<String, List<VulnRecord.Affected>> byId = new LinkedHashMap<>();
        Map<String, List<String>> aliasesById = new LinkedHashMap<>();
        for (JsonNode entry : root.path("packages")) {
            JsonNode pkg = entry.path("pkg");
            String name = pkg.path("name").asText("");
            JsonNode secfixes = pkg.path("secfixes");
            if (name.isEmpty() || !(secfixes.isObject() || secfixes.isMissingNode())) {
                warnings.add(file + ": skipped a malformed package entry " + (name.isEmpty() ? "without a name" : "'" + name + "'"));
                continue;
            }
            secfixes.properties().forEach(fix -> {
                String version = fix.getKey();
                for (JsonNode idNode : fix.getValue()) {
                    String[] ids = idNode.asText("").trim().split("\\s+");
                    if (ids[0].isEmpty()) {
                        continue;
                    }
                    VulnRecord.Affected affected = version.equals("0")
                            ? new VulnRecord.Affected(ecosystem, name, AffectedStatus.NOT_AFFECTED, List.of(), List.of(), null)
                            : new VulnRecord.Affected(ecosystem, name, AffectedStatus.RANGES, List.of(new VulnRecord.Range(
                                    "ECOSYSTEM", List.of(new OsvRanges.Event("introduced", "0"), new OsvRanges.Event("fixed", version)))),
                                    List.of(), null);
                    byId.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(affected);
                    List<String> aliases = aliasesById.computeIfAbsent(ids[0], k -> new ArrayList<>());
                    for (int i = 1; i < ids.length; i++) {
                        if (!aliases.contains(ids[i])) {
                            aliases.add(ids[i]);
                        }
                    }
                }
            });
        }
        byId.forEach((id, affected) -> sink.accept(SOURCE, scope,
                new VulnRecord(id, null, null, null, "", aliasesById.get(id), null, null, affected)));
        sink.complete(SOURCE, scope);
    }
}
