package dev.trusty.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trusty.core.ConfigLoader;
import dev.trusty.core.InputException;
import dev.trusty.core.Location;
import dev.trusty.core.TrustyConfig;
import dev.trusty.pkg.Distro;
import dev.trusty.pkg.Ecosystem;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import dev.trusty.vuln.db.VulnDbImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VulnSettingsTest {

    static final Distro BOOKWORM = new Distro("debian", "12", "bookworm", "Debian 12");

    static TrustyConfig config(Path dir, String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve(".trusty.yaml"), yaml);
        return ConfigLoader.load(file);
    }

    @Test
    void ignoresByIdPackageAndPathUntilTheyLapse(@TempDir Path dir) throws Exception {
        Path resources = Path.of(getClass().getResource("/vuln").toURI());
        Path db = dir.resolve("vuln.db");
        VulnDbImport.run(db, List.of(resources.resolve("debian-tracker.json")), Instant.parse("2026-11-22T00:00:00Z"));
        VulnSettings settings = VulnSettings.from(config(dir, """
                vuln:
                  db: %s
                  max-age-days: 30
                  ignore:
                    - id: CVE-2023-45853
                      package: zlib1g
                      until: 2026-12-31
                      reason: minizip is not shipped
                    - id: CVE-2023-4911
                      path: /opt/**
                    - id: CVE-2024-2961
                      until: 2026-01-01
                """.formatted(db)));
        assertThat(settings.database()).isEqualTo(db);
        assertThat(settings.maxAge()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.ignores()).hasSize(3);

        Package.FoundIn status = new Package.FoundIn("/var/lib/dpkg/status", null);
        Inventory inventory = new Inventory(BOOKWORM, List.of(
                new Package(Ecosystem.DEBIAN, "", "zlib1g", "1:1.2.13.dfsg-1", "zlib", null, "amd64", null, BOOKWORM, List.of(status)),
                new Package(Ecosystem.DEBIAN, "", "libc6", "2.36-9", "glibc", null, "amd64", null, BOOKWORM, List.of(status))),
                List.of());
        VulnScan.Result result = VulnScan.run(inventory, settings, new Vex(List.of()), w -> Location.File.whole(w.path()),
                Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(result.matches()).extracting(m -> m.pkg().name() + " " + m.id()).containsExactlyInAnyOrder(
                "libc6 CVE-2023-4911", "libc6 CVE-2023-6246", "libc6 CVE-2024-2961", "libc6 CVE-2024-33599", "libc6 CVE-2025-4802");
        assertThat(result.notes()).containsExactly("the ignore of CVE-2024-2961 lapsed on 2026-01-01: it is reported again");

        VulnScan.Result next = VulnScan.run(inventory, settings, new Vex(List.of()), w -> Location.File.whole(w.path()),
                Instant.parse("2027-01-01T10:00:00Z"));
        assertThat(next.matches()).extracting(VulnMatch::id).contains("CVE-2023-45853");
        assertThat(settings.apply(List.of(), LocalDate.parse("2026-06-01"), new java.util.ArrayList<>())).isEmpty();
    }

    @Test
    void badSettingsAreOneLineErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".trusty.yaml");
        assertThatThrownBy(() -> VulnSettings.from(config(dir, "vuln:\n  ignore:\n    - package: zlib1g\n")))
                .isInstanceOf(InputException.class).hasMessage(file + ": vuln.ignore[0]: each ignore needs at least an 'id'");
        assertThatThrownBy(() -> VulnSettings.from(config(dir, "vuln:\n  ignore:\n    - id: CVE-1\n      until: soon\n")))
                .hasMessage(file + ": vuln.ignore[0]: 'until' must be a date like 2027-01-31");
        assertThatThrownBy(() -> VulnSettings.from(config(dir, "vuln:\n  maxage: 3\n")))
                .hasMessage(file + ": unknown key 'vuln.maxage' (expected db, max-age-days, ignore-unfixed, ignore or sources)");
        assertThat(VulnSettings.from(TrustyConfig.DEFAULTS).ignoreUnfixed()).isFalse();
    }
}
