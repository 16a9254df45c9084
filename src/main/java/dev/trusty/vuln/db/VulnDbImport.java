package dev.trusty.vuln.db;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.trusty.core.InputException;
import dev.trusty.pkg.Warnings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports advisory files into the database. The work happens on a copy next to the database
 * which replaces it only when every input was read: an interrupted or failed import leaves the
 * previous database as it was. Re-importing is idempotent: unchanged records are kept, changed
 * ones replaced, and records missing from a complete export removed.
 */
public final class VulnDbImport {

    /** What one input did to the database. */
    public record InputResult(String input, String kind, int added, int updated, int unchanged, int removed) {
    }

    /** The outcome of an import run: per input, plus the warnings (skipped records). */
    public record Result(Path database, List<InputResult> inputs, List<String> warnings) {
    }

    private VulnDbImport() {
    }

    public static Result run(Path database, List<Path> inputs, Instant now) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new InputException(input + ": no such file or directory");
            }
        }
        Path work = database.resolveSibling(database.getFileName() + ".importing");
        Warnings warnings = new Warnings();
        List<InputResult> results = new ArrayList<>();
        try {
            Files.createDirectories(database.toAbsolutePath().getParent());
            Files.deleteIfExists(work);
            if (Files.exists(database)) {
                if (sameSchema(database)) {
                    Files.copy(database, work);
                } else {
                    warnings.add(database + ": made by another Trusty version or not a Trusty database; "
                            + "it is replaced by a new one holding only this import");
                }
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + work)) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = OFF"); // the copy is thrown away on failure anyway
                    s.execute("PRAGMA synchronous = OFF");
                    s.execute("PRAGMA cache_size = -131072"); // 128 MiB: an export's index pages stay in memory
                    s.execute("PRAGMA temp_store = MEMORY");
                }
                c.setAutoCommit(false);
                createSchema(c);
                Writer writer = new Writer(c);
                for (Path input : inputs) {
                    results.add(writer.importInput(input, now, warnings));
                }
                c.commit();
            }
            Files.move(work, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(work);
            } catch (IOException ignored) {
                // the next import deletes it
            }
            if (e instanceof InputException ie) {
                throw new InputException(ie.getMessage() + " (database unchanged)", ie);
            }
            throw new InputException("import failed, database unchanged: " + VulnDb.firstLine(e.getMessage()), e);
        }
        return new Result(database, results, warnings.all());
    }

    private static boolean sameSchema(Path database) {
        try {
            VulnDb.open(database).close();
            return true;
        } catch (InputException e) {
            return false;
        }
    }

    static void createSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS imports(id INTEGER PRIMARY KEY, source TEXT, scope TEXT, input TEXT,
                      imported_at TEXT, added INT, updated INT, unchanged INT, removed INT)""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS vuln(rowid INTEGER PRIMARY KEY, source TEXT NOT NULL, scope TEXT NOT NULL,
                      id TEXT NOT NULL, digest TEXT NOT NULL, modified TEXT, published TEXT, withdrawn TEXT,
                      summary TEXT, aliases TEXT, cvss_vector TEXT, severity_word TEXT, UNIQUE(source, scope, id))""");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS affected(vuln INTEGER NOT NULL, ecosystem TEXT NOT NULL,
                      name TEXT NOT NULL, status TEXT NOT NULL, ranges TEXT, versions TEXT, urgency TEXT)""");
            s.execute("CREATE INDEX IF NOT EXISTS affected_package ON affected(ecosystem, name)");
            s.execute("CREATE INDEX IF NOT EXISTS affected_vuln ON affected(vuln)");
            s.execute("CREATE TABLE IF NOT EXISTS alias(alias TEXT NOT NULL, vuln INTEGER NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS alias_name ON alias(alias)");
            s.execute("CREATE INDEX IF NOT EXISTS alias_vuln ON alias(vuln)");
            s.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', '" + VulnDb.SCHEMA_VERSION + "')");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS seen(rowid INTEGER PRIMARY KEY)");
        }
    }

    /** Upserts records of one input and removes those a complete export no longer has. */
    private static final class Writer implements RecordSink {
        private final Connection c;
        private final PreparedStatement find;
        private final PreparedStatement insert;
        private final PreparedStatement update;
        private final PreparedStatement deleteAffected;
        private final PreparedStatement insertAffected;
        private final PreparedStatement markSeen;
        private final PreparedStatement deleteAliases;
        private final PreparedStatement insertAlias;
        private final MessageDigest sha256;
        private final Map<String, Boolean> completeScopes = new LinkedHashMap<>();
        private int added;
        private int updated;
        private int unchanged;
        private int removed;

        Writer(Connection c) throws SQLException {
            this.c = c;
            find = c.prepareStatement("SELECT rowid, digest FROM vuln WHERE source = ? AND scope = ? AND id = ?");
            insert = c.prepareStatement("""
                    INSERT INTO vuln(source, scope, id, digest, modified, published, withdrawn, summary, aliases,
                      cvss_vector, severity_word) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS);
            update = c.prepareStatement("""
                    UPDATE vuln SET digest = ?, modified = ?, published = ?, withdrawn = ?, summary = ?, aliases = ?,
                      cvss_vector = ?, severity_word = ? WHERE rowid = ?""");
            deleteAffected = c.prepareStatement("DELETE FROM affected WHERE vuln = ?");
            insertAffected = c.prepareStatement(
                    "INSERT INTO affected(vuln, ecosystem, name, status, ranges, versions, urgency) VALUES (?, ?, ?, ?, ?, ?, ?)");
            markSeen = c.prepareStatement("INSERT OR IGNORE INTO seen(rowid) VALUES (?)");
            deleteAliases = c.prepareStatement("DELETE FROM alias WHERE vuln = ?");
            insertAlias = c.prepareStatement("INSERT INTO alias(alias, vuln) VALUES (?, ?)");
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        InputResult importInput(Path input, Instant now, Warnings warnings) throws IOException, SQLException {
            added = updated = unchanged = removed = 0;
            completeScopes.clear();
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM seen");
            }
            String kind = detect(input);
            switch (kind) {
                case "osv-zip" -> OsvImporter.importZip(input, this, warnings);
                case "osv-directory" -> OsvImporter.importDirectory(input, this, warnings);
                case "osv" -> OsvImporter.importFile(input, this, warnings);
                case "debian-tracker" -> DebianTrackerImporter.importFile(input, this, warnings);
                case "alpine-secdb" -> AlpineSecdbImporter.importFile(input, this, warnings);
                default -> throw new IllegalStateException(kind);
            }
            for (String key : completeScopes.keySet()) {
                String[] sourceScope = key.split("\u0000", 2);
                removed += removeUnseen(sourceScope[0], sourceScope[1]);
            }
            try (PreparedStatement log = c.prepareStatement("""
                    INSERT INTO imports(source, scope, input, imported_at, added, updated, unchanged, removed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                log.setString(1, kind);
                log.setString(2, String.join(",", completeScopes.keySet().stream()
                        .map(k -> k.replace('\u0000', ':')).toList()));
                log.setString(3, input.toAbsolutePath().toString());
                log.setString(4, now.toString());
                log.setInt(5, added);
                log.setInt(6, updated);
                log.setInt(7, unchanged);
                log.setInt(8, removed);
                log.executeUpdate();
            }
            return new InputResult(input.toString(), kind, added, updated, unchanged, removed);
        }

        @Override
        public void accept(String source, String scope, VulnRecord record) {
            try {
                String digest = digest(record);
                find.setString(1, source);
                find.setString(2, scope);
                find.setString(3, record.id());
                long rowid = -1;
                String oldDigest = null;
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        rowid = rs.getLong(1);
                        oldDigest = rs.getString(2);
                    }
                }
                if (rowid >= 0 && digest.equals(oldDigest)) {
                    unchanged++;
                } else if (rowid >= 0) {
                    bind(update, 1, digest, record);
                    update.setLong(9, rowid);
                    update.executeUpdate();
                    deleteAffected.setLong(1, rowid);
                    deleteAffected.executeUpdate();
                    deleteAliases.setLong(1, rowid);
                    deleteAliases.executeUpdate();
                    insertAffected(rowid, record);
                    updated++;
                } else {
                    insert.setString(1, source);
                    insert.setString(2, scope);
                    insert.setString(3, record.id());
                    bind(insert, 4, digest, record);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        rowid = keys.getLong(1);
                    }
                    insertAffected(rowid, record);
                    added++;
                }
                markSeen.setLong(1, rowid);
                markSeen.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store " + record.id() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void complete(String source, String scope) {
            completeScopes.put(source + "\u0000" + scope, true);
        }

        /** A fingerprint of everything stored for a record, to tell changed records from unchanged ones. */
        private String digest(VulnRecord r) {
            StringBuilder text = new StringBuilder();
            for (String field : new String[] {r.id(), r.modified(), r.published(), r.withdrawn(), r.summary(),
                    Codec.list(r.aliases()), r.cvssVector(), r.severityWord()}) {
                text.append(field).append('\u0001');
            }
            for (VulnRecord.Affected a : r.affected()) {
                text.append(a.ecosystem()).append('\u0002').append(a.name()).append('\u0002').append(a.status())
                        .append('\u0002').append(Codec.ranges(a.ranges())).append('\u0002').append(Codec.list(a.versions()))
                        .append('\u0002').append(a.urgency()).append('\u0001');
            }
            return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }

        private void bind(PreparedStatement s, int first, String digest, VulnRecord r) throws SQLException {
            s.setString(first, digest);
            s.setString(first + 1, r.modified());
            s.setString(first + 2, r.published());
            s.setString(first + 3, r.withdrawn());
            s.setString(first + 4, r.summary());
            s.setString(first + 5, Codec.list(r.aliases()));
            s.setString(first + 6, r.cvssVector());
            s.setString(first + 7, r.severityWord());
        }

        private void insertAffected(long rowid, VulnRecord record) throws SQLException {
            for (String alias : record.aliases()) {
                insertAlias.setString(1, alias);
                insertAlias.setLong(2, rowid);
                insertAlias.addBatch();
            }
            if (!record.aliases().isEmpty()) {
                insertAlias.executeBatch();
            }
            for (VulnRecord.Affected a : record.affected()) {
                insertAffected.setLong(1, rowid);
                insertAffected.setString(2, a.ecosystem());
                insertAffected.setString(3, a.name());
                insertAffected.setString(4, a.status().name());
                insertAffected.setString(5, Codec.ranges(a.ranges()));
                insertAffected.setString(6, Codec.list(a.versions()));
                insertAffected.setString(7, a.urgency());
                insertAffected.addBatch();
            }
            insertAffected.executeBatch();
        }

        private int removeUnseen(String source, String scope) throws SQLException {
            String unseen = "SELECT rowid FROM vuln WHERE source = ? AND scope = ? AND rowid NOT IN (SELECT rowid FROM seen)";
            try (PreparedStatement a = c.prepareStatement("DELETE FROM affected WHERE vuln IN (" + unseen + ")");
                 PreparedStatement al = c.prepareStatement("DELETE FROM alias WHERE vuln IN (" + unseen + ")");
                 PreparedStatement v = c.prepareStatement("DELETE FROM vuln WHERE rowid IN (" + unseen + ")")) {
                a.setString(1, source);
                a.setString(2, scope);
                a.executeUpdate();
                al.setString(1, source);
                al.setString(2, scope);
                al.executeUpdate();
                v.setString(1, source);
                v.setString(2, scope);
                return v.executeUpdate();
            }
        }
    }

    /** Which importer an input needs: by its shape, not its name, so renamed downloads work. */
    static String detect(Path input) throws IOException {
        if (Files.isDirectory(input)) {
            return "osv-directory";
        }
        try (InputStream in = Files.newInputStream(input)) {
            byte[] head = in.readNBytes(4);
            if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return "osv-zip";
            }
        }
        try (InputStream in = Files.newInputStream(input); JsonParser p = VulnDb.JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return "osv";
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InputException(input + ": not an OSV, Debian Security Tracker or Alpine secdb file");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (Set.of("distroversion", "reponame", "urlprefix", "apkurl", "archs").contains(name)) {
                    return "alpine-secdb";
                }
                if (Set.of("id", "schema_version", "modified", "vulns", "affected").contains(name)) {
                    return "osv";
                }
                if (value == JsonToken.START_OBJECT && !name.equals("database_specific")) {
                    return "debian-tracker";
                }
                p.skipChildren();
            }
            throw new InputException(input + ": not an OSV, Debian Security Tracker or Alpine secdb file");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var at = e.getLocation();
            throw InputException.at(input.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        }
    }
}
