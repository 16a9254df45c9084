package dev.trusty.vuln.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.InputException;
import dev.trusty.vuln.AffectedStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The local vulnerability database: one SQLite file, opened read-only for scans. Written only by
 * {@link VulnDbImport}, which builds a new file and swaps it in.
 */
public final class VulnDb implements AutoCloseable {

    static final int SCHEMA_VERSION = 2;
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Connection connection;
    private final PreparedStatement lookup;

    /** One stored advisory about one package: the record's display fields plus the affected entry. */
    public record Advisory(String source, String id, List<String> aliases, String summary, String cvssVector,
                           String severityWord, boolean withdrawn, VulnRecord.Affected affected) {
    }

    /** One import as recorded: when, from what, with what effect. */
    public record ImportEntry(String source, String scope, String input, Instant at, int added, int updated,
                              int unchanged, int removed) {
    }

    /** Counts and history for {@code trusty db status}. */
    public record Status(Path file, long sizeBytes, Map<String, Long> recordsBySource, List<ImportEntry> imports) {
    }

    private VulnDb(Path file, Connection connection) throws SQLException {
        this.file = file;
        this.connection = connection;
        this.lookup = connection.prepareStatement("""
                SELECT v.source, v.id, v.aliases, v.summary, v.cvss_vector, v.severity_word, v.withdrawn,
                       a.ecosystem, a.name, a.status, a.ranges, a.versions, a.urgency
                FROM affected a JOIN vuln v ON v.rowid = a.vuln
                WHERE a.ecosystem = ? AND a.name = ?
                ORDER BY v.id""");
    }

    /**
     * The database location: {@code $XDG_CACHE_HOME/trusty/vuln.db}, else
     * {@code ~/.cache/trusty/vuln.db}.
     */
    public static Path defaultPath() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("trusty").resolve("vuln.db");
    }

    /** Opens an existing database read-only; a missing or foreign file is an input error. */
    public static VulnDb open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no vulnerability database (run 'trusty db import' first)");
        }
        try {
            Properties props = new Properties();
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, props);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                if (!rs.next() || Integer.parseInt(rs.getString(1)) != SCHEMA_VERSION) {
                    c.close();
                    throw new InputException(file + ": vulnerability database of another schema version; re-import it");
                }
            }
            return new VulnDb(file, c);
        } catch (SQLException e) {
            throw new InputException(file + ": not a Trusty vulnerability database (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /** Every stored advisory naming this package in this ecosystem ({@code Debian:12}/{@code glibc}). */
    public List<Advisory> lookup(String ecosystem, String name) {
        List<Advisory> result = new ArrayList<>();
        try {
            lookup.setString(1, ecosystem);
            lookup.setString(2, PackageNames.normalise(OsvRecords.baseOf(ecosystem), name));
            try (ResultSet rs = lookup.executeQuery()) {
                while (rs.next()) {
                    VulnRecord.Affected affected = new VulnRecord.Affected(rs.getString(8), rs.getString(9),
                            AffectedStatus.valueOf(rs.getString(10)), Codec.ranges(rs.getString(11)),
                            Codec.list(rs.getString(12)), rs.getString(13));
                    result.add(new Advisory(rs.getString(1), rs.getString(2), Codec.list(rs.getString(3)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7) != null, affected));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(file + ": lookup failed: " + e.getMessage(), e);
        }
        return result;
    }

    /** CVSS v3 vectors recorded for an id under any source or as an alias, to score advisories without one. */
    public List<String> vectorsFor(String id) {
        List<String> vectors = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT cvss_vector FROM vuln WHERE cvss_vector IS NOT NULL AND id = ?
                UNION ALL
                SELECT v.cvss_vector FROM alias a JOIN vuln v ON v.rowid = a.vuln WHERE a.alias = ? AND v.cvss_vector IS NOT NULL""")) {
            s.setString(1, id);
            s.setString(2, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    vectors.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(file + ": lookup failed: " + e.getMessage(), e);
        }
        return vectors;
    }

    public Status status() {
        try (Statement s = connection.createStatement()) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT source, count(*) FROM vuln GROUP BY source")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            List<ImportEntry> imports = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT source, scope, input, imported_at, added, updated, unchanged, removed FROM imports ORDER BY id")) {
                while (rs.next()) {
                    imports.add(new ImportEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                            Instant.parse(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)));
                }
            }
            return new Status(file, Files.size(file), counts, imports);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException(file + ": status failed: " + e.getMessage(), e);
        }
    }

    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        try {
            lookup.close();
            connection.close();
        } catch (SQLException e) {
            // closing a read-only connection: nothing to save
        }
    }
}
