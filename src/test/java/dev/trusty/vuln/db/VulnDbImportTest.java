package dev.trusty.vuln.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trusty.core.InputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VulnDbImportTest {

    private static final Instant T1 = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-23T10:00:00Z");

    static String record(String id, String pkg, String fixed) {
        return """
                {"id": "%s", "modified": "2026-01-01T00:00:00Z", "summary": "test record %s",
                 "affected": [{"package": {"ecosystem": "PyPI", "name": "%s"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "%s"}]}]}]}
                """.formatted(id, id, pkg, fixed);
    }

    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void reimportKeepsUnchangedReplacesChangedAndRemovesWithdrawnFromTheExport(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("vuln.db");
        Map<String, String> v1 = new LinkedHashMap<>();
        v1.put("PYSEC-1.json", record("PYSEC-1", "alpha", "1.0"));
        v1.put("PYSEC-2.json", record("PYSEC-2", "beta", "2.0"));
        v1.put("PYSEC-3.json", record("PYSEC-3", "gamma", "3.0"));
        VulnDbImport.Result first = VulnDbImport.run(db, List.of(zip(dir.resolve("all.zip"), v1)), T1);
        assertThat(first.inputs()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("osv-zip");
            assertThat(List.of(r.added(), r.updated(), r.unchanged(), r.removed())).containsExactly(3, 0, 0, 0);
        });

        VulnDbImport.Result again = VulnDbImport.run(db, List.of(dir.resolve("all.zip")), T2);
        assertThat(again.inputs().get(0)).extracting("added", "updated", "unchanged", "removed").containsExactly(0, 0, 3, 0);

        Map<String, String> v2 = new LinkedHashMap<>();
        v2.put("PYSEC-1.json", record("PYSEC-1", "alpha", "1.0"));
        v2.put("PYSEC-2.json", record("PYSEC-2", "beta", "2.1"));
        VulnDbImport.Result third = VulnDbImport.run(db, List.of(zip(dir.resolve("all-v2.zip"), v2)), T2);
        assertThat(third.inputs().get(0)).extracting("added", "updated", "unchanged", "removed").containsExactly(0, 1, 1, 1);

        try (VulnDb vulnDb = VulnDb.open(db)) {
            assertThat(vulnDb.lookup("PyPI", "gamma")).isEmpty();
            assertThat(vulnDb.lookup("PyPI", "beta")).singleElement().satisfies(a ->
                    assertThat(a.affected().ranges().get(0).events().get(1).version()).isEqualTo("2.1"));
            VulnDb.Status status = vulnDb.status();
            assertThat(status.recordsBySource()).containsExactly(Map.entry("osv", 2L));
            assertThat(status.imports()).extracting(VulnDb.ImportEntry::at).containsExactly(T1, T2, T2);
            assertThat(status.imports()).extracting(VulnDb.ImportEntry::source).containsOnly("osv-zip");
        }
    }

    @Test
    void aSingleRecordFileAddsWithoutRemovingOthers(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("vuln.db");
        VulnDbImport.run(db, List.of(zip(dir.resolve("all.zip"), Map.of("A.json", record("PYSEC-A", "a", "1"),
                "B.json", record("PYSEC-B", "b", "1")))), T1);
        Path single = Files.writeString(dir.resolve("PYSEC-C.json"), record("PYSEC-C", "c", "1"));
        VulnDbImport.run(db, List.of(single), T2);
        try (VulnDb vulnDb = VulnDb.open(db)) {
            assertThat(vulnDb.status().recordsBySource()).containsExactly(Map.entry("osv", 3L));
        }
    }

    @Test
    void malformedRecordsAreSkippedWithAWarningNamingThemAndTheRestImported(@TempDir Path dir) throws IOException {
        Path osv = Files.createDirectories(dir.resolve("osv"));
        Files.writeString(osv.resolve("good.json"), record("PYSEC-GOOD", "good", "1.0"));
        Files.writeString(osv.resolve("no-id.json"), "{\"summary\": \"no id\", \"affected\": []}");
        Files.writeString(osv.resolve("bad-event.json"), """
                {"id": "PYSEC-BAD", "affected": [{"package": {"ecosystem": "PyPI", "name": "x"},
                  "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixd": "1.0"}]}]}]}""");
        Files.writeString(osv.resolve("truncated.json"), "{\"id\": \"PYSEC-TRUNC\", \"affected\": [");
        VulnDbImport.Result result = VulnDbImport.run(dir.resolve("vuln.db"), List.of(osv), T1);
        assertThat(result.warnings()).containsExactlyInAnyOrder(
                osv.resolve("no-id.json") + ": skipped malformed OSV record (no id)",
                osv.resolve("bad-event.json") + ": skipped malformed OSV record (PYSEC-BAD: unknown range event 'fixd')",
                osv.resolve("truncated.json") + ":1:36: skipped malformed JSON (Unexpected end-of-input: expected close marker for Array)");
        assertThat(result.inputs().get(0).added()).isEqualTo(1);
    }

    @Test
    void anInterruptedImportLeavesThePreviousDatabaseIntact(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("vuln.db");
        VulnDbImport.run(db, List.of(zip(dir.resolve("all.zip"), Map.of("A.json", record("PYSEC-A", "a", "1")))), T1);
        byte[] before = Files.readAllBytes(db);

        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            many.put("R" + i + ".json", record("PYSEC-R" + i, "r" + i, "1.0"));
        }
        Path full = zip(dir.resolve("big.zip"), many);
        byte[] bytes = Files.readAllBytes(full);
        Path truncated = dir.resolve("truncated.zip");
        try (OutputStream out = Files.newOutputStream(truncated)) {
            out.write(Arrays.copyOf(bytes, bytes.length / 2)); // a download cut off half-way
        }
        assertThatThrownBy(() -> VulnDbImport.run(db, List.of(truncated), T2))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("database unchanged");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(dir.resolve("vuln.db.importing")).doesNotExist();
        try (VulnDb vulnDb = VulnDb.open(db)) {
            assertThat(vulnDb.status().recordsBySource()).containsExactly(Map.entry("osv", 1L));
        }
    }

    @Test
    void withdrawnRecordsAreKeptButFlagged(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("w.json"), record("PYSEC-W", "w", "1.0")
                .replace("\"summary\"", "\"withdrawn\": \"2026-02-01T00:00:00Z\", \"summary\""));
        VulnDbImport.run(dir.resolve("vuln.db"), List.of(file), T1);
        try (VulnDb vulnDb = VulnDb.open(dir.resolve("vuln.db"))) {
            assertThat(vulnDb.lookup("PyPI", "w")).singleElement().satisfies(a -> assertThat(a.withdrawn()).isTrue());
        }
    }

    @Test
    void unknownInputsAndMissingDatabaseAreOneLineErrors(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThatThrownBy(() -> VulnDbImport.run(dir.resolve("vuln.db"), List.of(text), T1))
                .isInstanceOf(InputException.class).hasMessageStartingWith(text + ":1:");
        assertThatThrownBy(() -> VulnDbImport.run(dir.resolve("vuln.db"), List.of(dir.resolve("missing.zip")), T1))
                .hasMessage(dir.resolve("missing.zip") + ": no such file or directory");
        assertThatThrownBy(() -> VulnDb.open(dir.resolve("nothing.db")))
                .hasMessage(dir.resolve("nothing.db") + ": no vulnerability database (run 'trusty db import' first)");
        assertThat(dir.resolve("vuln.db")).doesNotExist();
    }

    @Test
    void debianTrackerAndAlpineSecdbAreRecognisedByContent(@TempDir Path dir) throws Exception {
        Path resources = Path.of(getClass().getResource("/vuln").toURI());
        Path renamed = Files.copy(resources.resolve("debian-tracker.json"), dir.resolve("download"));
        assertThat(VulnDbImport.detect(renamed)).isEqualTo("debian-tracker");
        assertThat(VulnDbImport.detect(resources.resolve("alpine-v3.20-main.json"))).isEqualTo("alpine-secdb");
        assertThat(VulnDbImport.detect(resources.resolve("osv/DSA-5514-1.json"))).isEqualTo("osv");
        VulnDbImport.Result result = VulnDbImport.run(dir.resolve("vuln.db"), List.of(renamed), T1);
        // 11 CVEs; the TEMP- entry is skipped
        assertThat(result.inputs().get(0).added()).isEqualTo(11);
        try (VulnDb vulnDb = VulnDb.open(dir.resolve("vuln.db"))) {
            assertThat(vulnDb.lookup("Debian:12", "xz-utils")).extracting(a -> a.id() + " " + a.affected().status())
                    .containsExactly("CVE-2024-3094 NOT_AFFECTED", "CVE-2025-31115 RANGES");
        }
    }
}
