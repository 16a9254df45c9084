package dev.trusty.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trusty.core.Location;
import dev.trusty.pkg.Distro;
import dev.trusty.pkg.Ecosystem;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import dev.trusty.vuln.db.VulnDbImport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VulnScanTest {

    static final Package.FoundIn STATUS = new Package.FoundIn("/var/lib/dpkg/status", "sha256:aa");

    @Test
    void saysPlainlyWhenThereIsNoDatabase(@TempDir Path dir) {
        VulnScan.Result result = VulnScan.run(new Inventory(Distro.UNKNOWN, List.of(), List.of()), dir.resolve("vuln.db"),
                Duration.ofDays(7), false, w -> Location.File.whole(w.path()), Instant.now());
        assertThat(result.findings()).isEmpty();
        assertThat(result.notes()).singleElement().asString().startsWith("no vulnerability database at " + dir.resolve("vuln.db"));
    }

    @Test
    void warnsAboutOldDataAndDistrosWithoutAdvisories(@TempDir Path dir) throws Exception {
        Path resources = Path.of(getClass().getResource("/vuln").toURI());
        Path db = dir.resolve("vuln.db");
        VulnDbImport.run(db, List.of(resources.resolve("debian-tracker.json")), Instant.parse("2026-11-01T00:00:00Z"));
        Distro gentoo = new Distro("gentoo", "2.15", "", "Gentoo Linux");
        Package pkg = new Package(Ecosystem.DEBIAN, "", "zlib1g", "1:1.2.13.dfsg-1", "zlib", null, "amd64", null, gentoo, List.of(STATUS));
        VulnScan.Result result = VulnScan.run(new Inventory(gentoo, List.of(pkg), List.of()), db, Duration.ofDays(7), false,
                w -> new Location.ImagePath("app:1", w.path(), 0, w.layer()), Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(result.notes()).containsExactly(
                "the vulnerability data is 22 days old (older than 7 days): import a newer export",
                "no advisory data for distro 'Gentoo Linux': its OS packages were not checked");
        assertThat(result.findings()).isEmpty();

        Distro bookworm = new Distro("debian", "12", "bookworm", "Debian GNU/Linux 12 (bookworm)");
        VulnScan.Result debian = VulnScan.run(new Inventory(bookworm, List.of(pkg.withDistro(bookworm)), List.of()), db,
                Duration.ofDays(30), false, w -> new Location.ImagePath("app:1", w.path(), 0, w.layer()),
                Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(debian.notes()).isEmpty();
        Vex notAffected = new Vex(List.of(new Vex.Statement("CVE-2023-45853", List.of("pkg:deb/debian/zlib1g"), "not_affected", "")));
        assertThat(VulnScan.run(new Inventory(bookworm, List.of(pkg.withDistro(bookworm)), List.of()), db, Duration.ofDays(30),
                false, notAffected, w -> Location.File.whole(w.path()), Instant.parse("2026-11-23T00:00:00Z")).findings()).isEmpty();
        assertThat(debian.findings()).singleElement().satisfies(f ->
                assertThat(f.location().describe()).isEqualTo("app:1 /var/lib/dpkg/status (layer 0 aa)"));
    }
}
