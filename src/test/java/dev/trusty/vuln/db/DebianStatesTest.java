package dev.trusty.vuln.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trusty.pkg.Distro;
import dev.trusty.pkg.Ecosystem;
import dev.trusty.pkg.Package;
import dev.trusty.vuln.AffectedStatus;
import dev.trusty.vuln.VulnMatch;
import dev.trusty.vuln.VulnMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tracker's no-DSA reasons become will-not-fix and deferred states (synthetic package, made-up ids). */
class DebianStatesTest {

    @Test
    void ignoredAndPostponedIssuesAreReportedWithoutAFixAndUndeterminedOnesNot(@TempDir Path dir) throws Exception {
        Path tracker = Files.writeString(dir.resolve("tracker.json"), """
                {"example-src": {
                  "CVE-2099-0001": {"description": "ignored", "releases": {"bookworm": {"status": "open", "urgency": "low",
                      "nodsa": "Minor issue", "nodsa_reason": "ignored"}}},
                  "CVE-2099-0002": {"description": "postponed", "releases": {"bookworm": {"status": "open", "urgency": "medium",
                      "nodsa": "Minor issue", "nodsa_reason": "postponed"}}},
                  "CVE-2099-0003": {"description": "not known yet", "releases": {"bookworm": {"status": "undetermined"}}},
                  "CVE-2099-0004": {"description": "other release", "releases": {"trixie": {"status": "open"}}}
                }}""");
        VulnDbImport.run(dir.resolve("vuln.db"), List.of(tracker), Instant.EPOCH);
        Package pkg = new Package(Ecosystem.DEBIAN, "", "example-bin", "1.0-1", "example-src", null, "amd64", null,
                new Distro("debian", "12", "bookworm", "Debian 12"), List.of(new Package.FoundIn("/var/lib/dpkg/status", null)));
        try (VulnDb db = VulnDb.open(dir.resolve("vuln.db"))) {
            List<VulnMatch> matches = new VulnMatcher(db).match(pkg);
            assertThat(matches).extracting(m -> m.id() + " " + m.state() + " " + m.severity())
                    .containsExactly("CVE-2099-0001 WILL_NOT_FIX LOW", "CVE-2099-0002 FIX_DEFERRED MEDIUM");
            assertThat(matches).allMatch(m -> !m.hasFix());
            assertThat(matches.get(0).state()).isEqualTo(AffectedStatus.WILL_NOT_FIX);
        }
    }

    @Test
    void anAdvisoryFixingSeveralIssuesBecomesAnAliasOfEachInsteadOfMergingThem(@TempDir Path dir) throws Exception {
        Path tracker = Files.writeString(dir.resolve("tracker.json"), """
                {"example-src": {
                  "CVE-2099-0010": {"releases": {"bookworm": {"status": "resolved", "fixed_version": "1.0-2"}}},
                  "CVE-2099-0011": {"releases": {"bookworm": {"status": "resolved", "fixed_version": "1.0-2"}}}}}""");
        Path dsa = Files.writeString(dir.resolve("DSA-9999-1.json"), """
                {"id": "DSA-9999-1", "upstream": ["CVE-2099-0010", "CVE-2099-0011"],
                 "affected": [{"package": {"ecosystem": "Debian:12", "name": "example-src"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0-2"}]}]}]}""");
        VulnDbImport.run(dir.resolve("vuln.db"), List.of(tracker, dsa), Instant.EPOCH);
        Package pkg = new Package(Ecosystem.DEBIAN, "", "example-bin", "1.0-1", "example-src", null, "amd64", null,
                new Distro("debian", "12", "bookworm", "Debian 12"), List.of(new Package.FoundIn("/var/lib/dpkg/status", null)));
        try (VulnDb db = VulnDb.open(dir.resolve("vuln.db"))) {
            assertThat(new VulnMatcher(db).match(pkg)).extracting(m -> m.id() + " " + m.aliases() + " " + m.fixedIn())
                    .containsExactly("CVE-2099-0010 [DSA-9999-1] 1.0-2", "CVE-2099-0011 [DSA-9999-1] 1.0-2");
        }
    }
}
