package dev.trusty.vuln.db;

import dev.trusty.vuln.AffectedStatus;
import dev.trusty.vuln.OsvRanges;
import java.util.List;

/**
 * One advisory as stored, whatever its source (OSV, Debian tracker, Alpine secdb): the fields
 * matching and reporting need, nothing else. {@code withdrawn} is non-null for records the
 * publisher retracted: they stay stored and are never reported.
 */
public record VulnRecord(
        String id,
        String modified,
        String published,
        String withdrawn,
        String summary,
        List<String> aliases,
        String cvssVector,
        String severityWord,
        List<Affected> affected) {

    public VulnRecord {
        aliases = List.copyOf(aliases);
        affected = List.copyOf(affected);
    }

    /** A range of one type ({@code ECOSYSTEM} or {@code SEMVER}) with its events. */
    public record Range(String type, List<OsvRanges.Event> events) {
        public Range {
            events = List.copyOf(events);
        }
    }

    /**
     * One package in one ecosystem ({@code Debian:12}, {@code PyPI}...). {@code name} is the source
     * package for distros and the normalised name for language ecosystems.
     */
    public record Affected(String ecosystem, String name, AffectedStatus status, List<Range> ranges,
                           List<String> versions, String urgency) {
        public Affected {
            ranges = List.copyOf(ranges);
            versions = List.copyOf(versions);
        }
    }
}
