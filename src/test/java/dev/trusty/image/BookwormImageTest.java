package dev.trusty.image;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.core.TargetReport;
import dev.trusty.engine.DockerEngine;
import dev.trusty.engine.EngineTest;
import dev.trusty.engine.TestImages;
import dev.trusty.pkg.DebianRootfs;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import dev.trusty.vuln.VulnCheck;
import dev.trusty.vuln.db.VulnDbImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Debian bookworm rootfs (debootstrap, cached by {@link DebianRootfs}) as an image: its
 * inventory equals {@code dpkg-query -W} on the rootfs, and the fixture advisories match exactly,
 * with the layer named. As an archive the test writes, and imported into the engine.
 */
@Tag("rootfs")
class BookwormImageTest {
    @TempDir
    static Path dir;
    static Path root;
    static Path rootfsLayer;
    static Path db;
    static Set<String> dpkgQuery;
    static String glibcVersion;

    @BeforeAll
    static void setUp() throws Exception {
        root = DebianRootfs.bookworm();
        rootfsLayer = RootfsImage.layer(root, dir.resolve("rootfs.tar"));
        String query = DebianRootfs.run(List.of("dpkg-query", "--admindir=" + root.resolve("var/lib/dpkg"), "-W",
                "-f=${db:Status-Status}\\t${Package}\\t${Version}\\t${source:Package}\\t${source:Version}\\n"));
        dpkgQuery = query.lines().filter(l -> l.startsWith("installed\t")).map(l -> l.substring("installed\t".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        glibcVersion = dpkgQuery.stream().filter(l -> l.startsWith("libc6\t")).findFirst().orElseThrow().split("\t")[1];
        db = dir.resolve("vuln.db");
        Path resources = Path.of(BookwormImageTest.class.getResource("/vuln").toURI());
        VulnDbImport.run(db, List.of(resources.resolve("debian-tracker.json"), resources.resolve("osv")), Instant.now());
    }

    static Set<String> packages(Inventory inventory) {
        return inventory.packages().stream()
                .map(p -> p.name() + "\t" + p.version() + "\t" + p.sourceName() + "\t" + p.sourceVersion())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static List<String> vulnSummaries(List<TargetReport> reports) {
        assertThat(reports).hasSize(1);
        return reports.get(0).findings().stream().filter(f -> f.ruleId().startsWith("TV"))
                .map(f -> f.ruleId() + " " + f.message().substring(0, f.message().indexOf(": ")) + " @ " + where(f)).toList();
    }

    static String where(Finding f) {
        Location.ImagePath at = (Location.ImagePath) f.location();
        return at.path() + " layer " + at.layerIndex() + " " + at.layerDigest();
    }

    @Test
    void inventoryOfTheImageEqualsDpkgQueryAndTheFixtureAdvisoriesMatchExactly() throws Exception {
        Path archive = RootfsImage.dockerSave(dir.resolve("bookworm.tar"), "trusty-test/bookworm:1", List.of(rootfsLayer));
        String layer = RootfsImage.sha256(rootfsLayer);

        ImageInventory image = ImageInventory.read(archive, null, w -> { }).get(0);
        assertThat(dpkgQuery).hasSizeGreaterThan(50);
        assertThat(packages(image.inventory())).isEqualTo(dpkgQuery);
        assertThat(image.inventory().packages()).hasSameSizeAs(dpkgQuery)
                .allSatisfy(p -> assertThat(p.locations()).containsExactly(new Package.FoundIn("/var/lib/dpkg/status", layer)));
        assertThat(image.inventory().distro().osvEcosystem()).contains("Debian:12");
        assertThat(image.inventory().warnings()).isEmpty();

        List<String> warnings = new ArrayList<>();
        long start = System.nanoTime();
        List<TargetReport> reports = new ImageAudit(Policy.defaults(), warnings::add, new VulnCheck(db, false, List.of()))
                .audit(archive, null);
        System.out.printf("bookworm image audit with packages and matching: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        // the current point release: every glibc fix is in, zlib's minizip issue has none
        assertThat(vulnSummaries(reports)).containsExactly(
                "TV002 CVE-2023-45853 in zlib1g 1:1.2.13.dfsg-1 (source zlib 1:1.2.13.dfsg-1) @ /var/lib/dpkg/status layer 0 " + layer);
        assertThat(warnings).noneMatch(w -> w.contains("vulnerab") || w.contains("dpkg"));
    }

    @Test
    void aLaterLayerDowngradingGlibcInTheStatusFileIsWhatCounts() throws Exception {
        // the status file of a later layer says glibc is still 2.36-9, as bookworm was released
        String status = Files.readString(root.resolve("var/lib/dpkg/status")).replace(glibcVersion, "2.36-9");
        Path upper = RootfsImage.smallLayer(dir.resolve("downgrade.tar"),
                new TestArchives.Layer().file("var/lib/dpkg/status", status, 0644));
        Path archive = RootfsImage.dockerSave(dir.resolve("downgraded.tar"), "trusty-test/bookworm:2", List.of(rootfsLayer, upper));
        String at = " @ /var/lib/dpkg/status layer 1 " + RootfsImage.sha256(upper);

        List<String> expected = new ArrayList<>();
        for (String pkg : List.of("libc6", "libc-bin")) {
            String in = " in " + pkg + " 2.36-9 (source glibc 2.36-9)" + at;
            expected.addAll(List.of("TV001 CVE-2023-4911 (DSA-5514-1)" + in, "TV001 CVE-2023-6246" + in,
                    "TV001 CVE-2024-2961" + in, "TV001 CVE-2024-33599" + in, "TV001 CVE-2025-4802" + in));
        }
        expected.add("TV002 CVE-2023-45853 in zlib1g 1:1.2.13.dfsg-1 (source zlib 1:1.2.13.dfsg-1)" + at);
        assertThat(vulnSummaries(new ImageAudit(Policy.defaults(), w -> { }, new VulnCheck(db, false, List.of()))
                .audit(archive, null))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    @EngineTest
    void importedIntoTheEngineAndStreamedFromItsExport() throws Exception {
        String repository = "trusty-test/bookworm-" + TestImages.uniqueName();
        try (DockerEngine engine = DockerEngine.connect(null)) {
            try (InputStream tar = Files.newInputStream(rootfsLayer)) {
                engine.importImage(tar, repository, "1", List.of("USER 1000", "LABEL " + TestImages.TEST_LABEL + "=bookworm"));
            }
            try {
                String name = repository + ":1";
                try (InputStream export = engine.exportImage(name)) {
                    ImageInventory image = ImageInventory.read(export, name, null, w -> { }).get(0);
                    assertThat(packages(image.inventory())).isEqualTo(dpkgQuery);
                }
                try (InputStream export = engine.exportImage(name)) {
                    List<TargetReport> reports = new ImageAudit(Policy.defaults(), w -> { },
                            new VulnCheck(db, false, List.of())).audit(export, name, null);
                    Finding zlib = reports.get(0).findings().stream().filter(f -> f.ruleId().startsWith("TV"))
                            .collect(Collectors.toList()).getFirst();
                    assertThat(vulnSummaries(reports)).hasSize(1);
                    assertThat(zlib.message()).startsWith("CVE-2023-45853 in zlib1g 1:1.2.13.dfsg-1");
                    Location.ImagePath at = (Location.ImagePath) zlib.location();
                    assertThat(at.image()).isEqualTo(name);
                    assertThat(at.path()).isEqualTo("/var/lib/dpkg/status");
                    assertThat(at.layerIndex()).isZero();
                    assertThat(at.layerDigest()).matches("sha256:[0-9a-f]{64}");
                    assertThat(at.describe()).contains("(layer 0 " + at.layerDigest().substring(7, 19) + ")");
                }
            } finally {
                engine.removeImage(repository + ":1", true);
            }
        }
    }
}
