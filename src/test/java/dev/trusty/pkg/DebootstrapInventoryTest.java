package dev.trusty.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("rootfs")
class DebootstrapInventoryTest {

    @Test
    void inventoryOfARealBookwormRootfsEqualsDpkgQuery() throws Exception {
        Path root = DebianRootfs.bookworm();
        long start = System.nanoTime();
        Inventory inventory = DirectoryInventory.scan(root);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("inventory of %d packages in %d ms%n", inventory.packages().size(), millis);

        String dpkgQuery = DebianRootfs.run(List.of("dpkg-query", "--admindir=" + root.resolve("var/lib/dpkg"), "-W",
                "-f=${db:Status-Status}\\t${Package}\\t${Version}\\t${source:Package}\\t${source:Version}\\n"));
        Set<String> expected = dpkgQuery.lines().filter(l -> l.startsWith("installed\t"))
                .map(l -> l.substring("installed\t".length())).collect(Collectors.toCollection(TreeSet::new));
        Set<String> ours = inventory.packages().stream()
                .map(p -> p.name() + "\t" + p.version() + "\t" + p.sourceName() + "\t" + p.sourceVersion())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(ours).isEqualTo(expected);
        assertThat(inventory.packages()).hasSameSizeAs(expected);
        assertThat(inventory.distro().id()).isEqualTo("debian");
        assertThat(inventory.distro().osvEcosystem()).contains("Debian:12");
        assertThat(inventory.warnings()).isEmpty();
        Package libc = inventory.packages().stream().filter(p -> p.name().equals("libc6")).findFirst().orElseThrow();
        assertThat(libc.sourceName()).isEqualTo("glibc");
        assertThat(libc.purl()).startsWith("pkg:deb/debian/libc6@2.36-9").contains("distro=debian-12", "upstream=glibc");
    }
}
