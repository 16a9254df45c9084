package dev.trusty.vuln.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.pkg.DpkgStatusParser;
import dev.trusty.pkg.Package;
import dev.trusty.pkg.Warnings;
import dev.trusty.vuln.db.MalformedRecordException;
import dev.trusty.vuln.db.OsvRecords;
import dev.trusty.vuln.db.VulnRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Fuzz targets for the inputs Trusty reads from images and downloads. Without JAZZER_FUZZ=1
 * they replay their seeds (a few milliseconds); with it, they fuzz for the given duration.
 */
class VulnInputFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Any bytes: no exception, and every package read has a name and a version. */
    @FuzzTest(maxDuration = "10s")
    void dpkgStatus(byte[] data) throws IOException {
        Warnings warnings = new Warnings();
        List<Package> packages = new DpkgStatusParser().parse("/var/lib/dpkg/status", null,
                new ByteArrayInputStream(data), warnings);
        for (Package p : packages) {
            assertThat(p.name()).isNotEmpty();
            assertThat(p.version()).isNotEmpty();
            assertThat(p.sourceName()).isNotEmpty();
        }
    }

    /** Any JSON: a record or a MalformedRecordException, never another exception. */
    @FuzzTest(maxDuration = "10s")
    void osvRecord(byte[] data) {
        JsonNode node;
        try {
            node = JSON.readTree(data);
        } catch (IOException e) {
            return;
        }
        if (node == null) {
            return;
        }
        try {
            VulnRecord record = OsvRecords.convert(node);
            assertThat(record.id()).isNotBlank();
            record.affected().forEach(a -> assertThat(a.ecosystem()).isNotNull());
        } catch (MalformedRecordException expected) {
            // the importer turns this into a warning
        }
    }
}
