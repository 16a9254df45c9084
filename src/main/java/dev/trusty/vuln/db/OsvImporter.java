package dev.trusty.vuln.db;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.pkg.Warnings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads OSV records from a single JSON file (one record, an array, or {@code {"vulns": [...]}}),
 * a directory of {@code *.json} files, or an ecosystem {@code all.zip} export. A directory or zip
 * is a complete export of the ecosystems it contains, so records of those ecosystems missing
 * from it are removed on import. A malformed record is skipped with a warning naming it.
 */
public final class OsvImporter {

    public static final String SOURCE = "osv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private OsvImporter() {
    }

    public static void importZip(Path zip, RecordSink sink, Warnings warnings) throws IOException {
        Set<String> scopes = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().endsWith(".json")) {
                    readOne(zip + "!" + entry.getName(), in, sink, warnings, scopes);
                }
            }
        }
        scopes.forEach(scope -> sink.complete(SOURCE, scope));
    }

    public static void importDirectory(Path dir, RecordSink sink, Warnings warnings) throws IOException {
        Set<String> scopes = new HashSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                readOne(file.toString(), in, sink, warnings, scopes);
            }
        }
        scopes.forEach(scope -> sink.complete(SOURCE, scope));
    }

    /** A single file adds or replaces its records and removes nothing. */
    public static void importFile(Path file, RecordSink sink, Warnings warnings) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            readOne(file.toString(), in, sink, warnings, new HashSet<>());
        }
    }

    /** Reads one JSON document; malformed JSON is a warning, a failing stream (truncated zip) an error. */
    private static void readOne(String name, InputStream in, RecordSink sink, Warnings warnings, Set<String> scopes)
            throws IOException {
        JsonNode root;
        try (JsonParser parser = JSON.createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (parser.nextToken() == null) {
                warnings.add(name + ": skipped an empty file");
                return;
            }
            root = JSON.readTree(parser);
            if (parser.nextToken() != null && parser.currentToken() != JsonToken.NOT_AVAILABLE) {
                warnings.add(name + ": skipped, text after the JSON value");
                return;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String reason = e.getOriginalMessage().replaceFirst("\\s*\\(start marker at.*", "").lines().findFirst().orElse("");
            var at = e.getLocation();
            String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
            warnings.add(where + ": skipped malformed JSON (" + reason + ")");
            return;
        }
        JsonNode records = root.isArray() ? root : root.has("vulns") ? root.path("vulns") : null;
        if (records == null) {
            accept(name, root, sink, warnings, scopes);
        } else {
            records.forEach(r -> accept(name, r, sink, warnings, scopes));
        }
    }

    private static void accept(String name, JsonNode node, RecordSink sink, Warnings warnings, Set<String> scopes) {
        try {
            VulnRecord record = OsvRecords.convert(node);
            String scope = record.affected().isEmpty() ? "none" : OsvRecords.baseOf(record.affected().get(0).ecosystem());
            scopes.add(scope);
            sink.accept(SOURCE, scope, record);
        } catch (MalformedRecordException e) {
            warnings.add(name + ": skipped malformed OSV record (" + e.getMessage() + ")");
        }
    }
}
