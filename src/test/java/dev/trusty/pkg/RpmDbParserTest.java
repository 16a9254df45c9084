package dev.trusty.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpmDbParserTest {

    /**
     * Builds two small packages with the real rpmbuild (one with an epoch, built from a source
     * package of another name), records them with the real rpm in a sqlite rpmdb, and compares
     * our reading with {@code rpm -qa}.
     */
    @Test
    void readsARealSqliteRpmdbLikeRpmItself(@TempDir Path dir) throws Exception {
        assumeTrue(DebianRootfs.onPath("rpmbuild") || "true".equals(System.getenv("CI")), "rpm/rpmbuild not installed");
        Path top = Files.createDirectories(dir.resolve("build"));
        Files.createDirectories(top.resolve("SPECS"));
        Files.writeString(top.resolve("SPECS/demo.spec"), """
                Name: demo-src
                Version: 1.2.3
                Release: 4.el9_2
                Epoch: 2
                Summary: demo
                License: MIT AND BSD-3-Clause
                BuildArch: noarch
                %description
                demo
                %package -n demo-libs
                Summary: demo libraries
                %description -n demo-libs
                demo libraries
                %files
                %files -n demo-libs
                """);
        DebianRootfs.run(List.of("rpmbuild", "--quiet", "--define", "_topdir " + top, "-bb", top.resolve("SPECS/demo.spec").toString()));
        Path root = dir.resolve("root");
        Path dbpath = Files.createDirectories(root.resolve("var/lib/rpm"));
        DebianRootfs.run(List.of("rpm", "--dbpath", dbpath.toString(), "--initdb"));
        try (var rpms = Files.walk(top.resolve("RPMS"))) {
            for (Path rpm : rpms.filter(p -> p.toString().endsWith(".rpm")).toList()) {
                DebianRootfs.run(List.of("rpm", "--dbpath", dbpath.toString(), "-i", "--justdb", "--nodeps",
                        "--nosignature", "--nodigest", rpm.toString()));
            }
        }
        assertThat(dbpath.resolve("rpmdb.sqlite")).exists();
        String rpmQa = DebianRootfs.run(List.of("rpm", "--dbpath", dbpath.toString(), "-qa", "--qf",
                "%{NAME}\\t%|EPOCH?{%{EPOCH}:}:{}|%{VERSION}-%{RELEASE}\\t%{ARCH}\\t%{LICENSE}\\t%{SOURCERPM}\\n"));
        Set<String> expected = rpmQa.lines().collect(Collectors.toCollection(TreeSet::new));

        Inventory inventory = DirectoryInventory.scan(root);
        Set<String> ours = inventory.packages().stream()
                .map(p -> p.name() + "\t" + p.version() + "\t" + p.arch() + "\t" + p.licence() + "\t"
                        + p.sourceName() + "-" + p.sourceVersion().replaceFirst("^\\d+:", "") + ".src.rpm")
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(expected).hasSize(2);
        assertThat(ours).isEqualTo(expected);
        assertThat(inventory.packages()).allSatisfy(p -> {
            assertThat(p.sourceName()).isEqualTo("demo-src");
            assertThat(p.sourceVersion()).isEqualTo("2:1.2.3-4.el9_2");
        });
    }

    @Test
    void olderDatabaseFormatsAreNamedAsUnsupported() throws IOException {
        Warnings warnings = new Warnings();
        assertThat(new RpmDbParser().parse("/var/lib/rpm/Packages", null, new ByteArrayInputStream(new byte[16]), warnings)).isEmpty();
        assertThat(warnings.all()).containsExactly("/var/lib/rpm/Packages: unsupported rpm database format (BerkeleyDB); "
                + "only rpmdb.sqlite is read, so the RPM packages of this image are not listed");
    }

    @Test
    void corruptHeaderBlobIsRejectedWithItsSizes() {
        byte[] blob = {0, 0, 0, 5, 0, 0, 0, 100, 1, 2};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RpmDbParser.Header.decode(blob))
                .hasMessage("corrupt header: 5 entries, 100 data bytes, 10 bytes");
        assertThat(RpmDbParser.sourceOf("openssl-3.0.7-27.el9.src.rpm")).containsExactly("openssl", "3.0.7-27.el9");
    }
}
