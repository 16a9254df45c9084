package dev.trusty.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Severity;
import dev.trusty.pkg.DirectoryInventory;
import dev.trusty.pkg.Ecosystem;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import dev.trusty.vuln.db.VulnDb;
import dev.trusty.vuln.db.VulnDbImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written advisories from real bookworm facts (research note, section 6) against an
 * inventory of the packages bookworm was released with.
 */
class VulnMatchingTest {

    @TempDir
    static Path dir;
    static Path db;

    static final String STATUS = """
            Package: libc6
            Status: install ok installed
            Architecture: amd64
            Source: glibc
            Version: 2.36-9

            Package: libc-bin
            Status: install ok installed
            Architecture: amd64
            Source: glibc
            Version: 2.36-9

            Package: liblzma5
            Status: install ok installed
            Architecture: amd64
            Source: xz-utils
            Version: 5.4.1-0.2

            Package: zlib1g
            Status: install ok installed
            Architecture: amd64
            Source: zlib
            Version: 1:1.2.13.dfsg-1

            Package: libssl3
            Status: install ok installed
            Architecture: amd64
            Source: openssl
            Version: 3.0.11-1~deb12u1

            Package: bash
            Status: install ok installed
            Architecture: amd64
            Source: bash (5.2.15-2)
            Version: 5.2.15-2+b8
            """;

    @BeforeAll
    static void importFixtures() throws Exception {
        db = dir.resolve("cache/vuln.db");
        Path resources = Path.of(VulnMatchingTest.class.getResource("/vuln").toURI());
        VulnDbImport.Result result = VulnDbImport.run(db, List.of(resources.resolve("debian-tracker.json"),
                resources.resolve("osv"), resources.resolve("alpine-v3.20-main.json")), Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(result.warnings()).containsExactly(
                resources.resolve("alpine-v3.20-main.json") + ": skipped a malformed package entry without a name");
    }

    static Inventory bookwormAsReleased() throws Exception {
        Path root = dir.resolve("rootfs");
        Files.createDirectories(root.resolve("var/lib/dpkg"));
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("var/lib/dpkg/status"), STATUS);
        Files.writeString(root.resolve("etc/os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n"
                + "VERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n");
        return DirectoryInventory.scan(root);
    }

    static String summary(VulnMatch m) {
        return m.pkg().name() + " " + m.id() + " " + (m.fixedIn() == null ? "-" : m.fixedIn());
    }

    @Test
    void matchesBookwormAsReleasedExactly() throws Exception {
        try (VulnDb vulnDb = VulnDb.open(db)) {
            List<VulnMatch> matches = new VulnMatcher(vulnDb).match(bookwormAsReleased());
            assertThat(matches.stream().map(VulnMatchingTest::summary).collect(Collectors.toList())).containsExactlyInAnyOrder(
                    "libc6 CVE-2023-4911 2.36-9+deb12u3",
                    "libc6 CVE-2023-6246 2.36-9+deb12u4",
                    "libc6 CVE-2024-2961 2.36-9+deb12u6",
                    "libc6 CVE-2024-33599 2.36-9+deb12u7",
                    "libc6 CVE-2025-4802 2.36-9+deb12u11",
                    "libc-bin CVE-2023-4911 2.36-9+deb12u3",
                    "libc-bin CVE-2023-6246 2.36-9+deb12u4",
                    "libc-bin CVE-2024-2961 2.36-9+deb12u6",
                    "libc-bin CVE-2024-33599 2.36-9+deb12u7",
                    "libc-bin CVE-2025-4802 2.36-9+deb12u11",
                    "liblzma5 CVE-2025-31115 5.4.1-1",
                    "zlib1g CVE-2023-45853 -",
                    "libssl3 CVE-2023-5363 3.0.11-1~deb12u2",
                    "libssl3 CVE-2024-5535 3.0.15-1~deb12u1",
                    "libssl3 CVE-2025-9230 3.0.17-1~deb12u3");
            assertThat(matches).noneMatch(m -> m.id().equals("CVE-2024-3094") || m.aliases().contains("CVE-2024-3094"));

            VulnMatch looneyTunables = matches.stream().filter(m -> summary(m).startsWith("libc6 CVE-2023-4911")).findFirst().orElseThrow();
            assertThat(looneyTunables.aliases()).containsExactly("DSA-5514-1");
            assertThat(looneyTunables.score()).isEqualTo(7.8);
            assertThat(looneyTunables.severity()).isEqualTo(Severity.HIGH);
            VulnMatch zlib = matches.stream().filter(m -> m.id().equals("CVE-2023-45853")).findFirst().orElseThrow();
            assertThat(zlib.state()).isEqualTo(AffectedStatus.UNFIXED);
            assertThat(zlib.installedVersion()).isEqualTo("1:1.2.13.dfsg-1");
        }
    }

    @Test
    void findingsSayIdAliasesPackageVersionsAndFileAndHonourIgnoreUnfixed() throws Exception {
        try (VulnDb vulnDb = VulnDb.open(db)) {
            List<VulnMatch> matches = new VulnMatcher(vulnDb).match(bookwormAsReleased());
            List<Finding> findings = VulnFindings.of(matches, where -> Location.File.whole(where.path()), false);
            assertThat(findings).hasSize(15);
            Finding first = findings.stream().filter(f -> f.message().startsWith("CVE-2023-4911 (DSA-5514-1) in libc6")).findFirst().orElseThrow();
            assertThat(first.message()).isEqualTo("CVE-2023-4911 (DSA-5514-1) in libc6 2.36-9 (source glibc 2.36-9): "
                    + "fixed in 2.36-9+deb12u3; CVSS 7.8 — A buffer overflow was discovered in the GNU C Library's dynamic loader"
                    + " ld.so while processing the GLIBC_TUNABLES environment variable");
            assertThat(first.ruleId()).isEqualTo("TV001");
            assertThat(first.location().describe()).isEqualTo("/var/lib/dpkg/status");
            Finding zlib = findings.stream().filter(f -> f.message().startsWith("CVE-2023-45853")).findFirst().orElseThrow();
            assertThat(zlib.ruleId()).isEqualTo("TV002");
            assertThat(zlib.message()).contains("no fix available");

            assertThat(VulnFindings.of(matches, where -> Location.File.whole(where.path()), true))
                    .hasSize(14).noneMatch(f -> f.message().startsWith("CVE-2023-45853"));
        }
    }

    @Test
    void currentBookwormPointReleaseIsOnlyAffectedByTheUnfixedIssue() throws Exception {
        Package libc = new Package(Ecosystem.DEBIAN, "", "libc6", "2.36-9+deb12u14", "glibc", "2.36-9+deb12u14",
                "amd64", null, bookwormAsReleased().distro(), List.of(new Package.FoundIn("/var/lib/dpkg/status", null)));
        Package zlib = new Package(Ecosystem.DEBIAN, "", "zlib1g", "1:1.2.13.dfsg-1", "zlib", null, "amd64", null,
                libc.distro(), libc.locations());
        Package lzma = new Package(Ecosystem.DEBIAN, "", "liblzma5", "5.4.1-1", "xz-utils", null, "amd64", null,
                libc.distro(), libc.locations());
        try (VulnDb vulnDb = VulnDb.open(db)) {
            VulnMatcher matcher = new VulnMatcher(vulnDb);
            assertThat(matcher.match(libc)).isEmpty();
            assertThat(matcher.match(lzma)).isEmpty();
            assertThat(matcher.match(zlib)).extracting(VulnMatch::id).containsExactly("CVE-2023-45853");
        }
    }

    @Test
    void binNmuVersionIsNotUsedInPlaceOfTheSourceVersion() throws Exception {
        // bash 5.2.15-2+b8 is built from source bash 5.2.15-2: an advisory fixed in 5.2.15-2+b1
        // (binary-only rebuild numbers never appear in advisories) must be compared against 5.2.15-2
        Package bash = bookwormAsReleased().packages().stream().filter(p -> p.name().equals("bash")).findFirst().orElseThrow();
        assertThat(bash.sourceVersion()).isEqualTo("5.2.15-2");
        assertThat(bash.advisoryName()).isEqualTo("bash");
    }

    @Test
    void languagePackagesMatchByEcosystemAndNormalisedName() throws Exception {
        Package.FoundIn jar = new Package.FoundIn("/app/lib/log4j-core-2.14.1.jar", "sha256:feed");
        try (VulnDb vulnDb = VulnDb.open(db)) {
            VulnMatcher matcher = new VulnMatcher(vulnDb);
            List<VulnMatch> log4j = matcher.match(Package.library(Ecosystem.MAVEN, "org.apache.logging.log4j", "log4j-core", "2.14.1", "", jar));
            assertThat(log4j).singleElement().satisfies(m -> {
                assertThat(m.id()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
                assertThat(m.aliases()).containsExactly("CVE-2021-44228");
                assertThat(m.fixedIn()).isEqualTo("2.15.0");
                assertThat(m.score()).isEqualTo(10.0);
                assertThat(m.severity()).isEqualTo(Severity.CRITICAL);
            });
            assertThat(matcher.match(Package.library(Ecosystem.MAVEN, "org.apache.logging.log4j", "log4j-core", "2.12.2", "", jar))).isEmpty();
            assertThat(matcher.match(Package.library(Ecosystem.MAVEN, "org.apache.logging.log4j", "log4j-core", "2.3.1", "", jar))).isEmpty();

            assertThat(matcher.match(Package.library(Ecosystem.NPM, "", "lodash", "4.17.20", "MIT", jar)))
                    .extracting(VulnMatchingTest::summary).containsExactly("lodash GHSA-35jh-r3h4-6jhm 4.17.21");
            assertThat(matcher.match(Package.library(Ecosystem.NPM, "", "lodash", "4.17.21", "MIT", jar))).isEmpty();

            List<VulnMatch> requests = matcher.match(Package.library(Ecosystem.PYPI, "", "Requests", "2.28.1", "", jar));
            assertThat(requests).singleElement().satisfies(m -> {
                assertThat(m.fixedIn()).isEqualTo("2.31.0");
                assertThat(m.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(m.score()).isNull();
            });
            assertThat(matcher.match(Package.library(Ecosystem.PYPI, "", "requests", "2.2.1", "", jar))).isEmpty();
        }
    }

    @Test
    void alpineSecdbFixesAndNotAffectedEntries() throws Exception {
        Path root = dir.resolve("alpine");
        Files.createDirectories(root.resolve("lib/apk/db"));
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/alpine-release"), "3.20.0\n");
        Files.writeString(root.resolve("lib/apk/db/installed"), "P:busybox\nV:1.36.1-r29\no:busybox\nA:x86_64\n\n"
                + "P:ssl_client\nV:1.36.1-r30\no:busybox\nA:x86_64\n");
        try (VulnDb vulnDb = VulnDb.open(db)) {
            List<VulnMatch> matches = new VulnMatcher(vulnDb).match(DirectoryInventory.scan(root));
            assertThat(matches).extracting(VulnMatchingTest::summary).containsExactlyInAnyOrder(
                    "busybox CVE-2023-42364 1.36.1-r30", "busybox CVE-2023-42365 1.36.1-r30");
        }
    }
}
