package dev.trusty.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsPackageParsersTest {

    private static final String STATUS = """
            Package: libc6
            Status: install ok installed
            Architecture: amd64
            Multi-Arch: same
            Source: glibc
            Version: 2.36-9+deb12u7
            Description: GNU C Library: Shared libraries
             Contains the standard libraries.
             .
             More text.

            Package: bash
            Status: install ok installed
            Source: bash (5.2.15-2)
            Version: 5.2.15-2+b8

            Package: broken
            this line has no colon
            Version: 1.0

            Package: cpp
            Status: install ok installed
            Source: gcc-defaults (1.203)
            Version: 4:12.2.0-3

            Package: removed-but-configured
            Status: deinstall ok config-files
            Version: 1.0-1

            Package: noversion
            Status: install ok installed

            Package: zlib1g
            Status: install ok installed
            Source: zlib
            Version: 1:1.2.13.dfsg-1
            """;

    private static List<Package> parse(InventoryParser parser, String path, String text, Warnings warnings) throws IOException {
        return parser.parse(path, "sha256:abc", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), warnings);
    }

    @Test
    void dpkgStatusKeepsSourcesAndEpochsAndSkipsDamagedStanzasWithAWarning() throws IOException {
        Warnings warnings = new Warnings();
        List<Package> packages = parse(new DpkgStatusParser(), "/var/lib/dpkg/status", STATUS, warnings);

        assertThat(packages).extracting(p -> p.name() + " " + p.version() + " " + p.sourceName() + " " + p.sourceVersion())
                .containsExactly(
                        "libc6 2.36-9+deb12u7 glibc 2.36-9+deb12u7",
                        "bash 5.2.15-2+b8 bash 5.2.15-2",
                        "cpp 4:12.2.0-3 gcc-defaults 1.203",
                        "zlib1g 1:1.2.13.dfsg-1 zlib 1:1.2.13.dfsg-1");
        assertThat(warnings.all()).containsExactly(
                "/var/lib/dpkg/status:17: skipped a damaged package stanza (line 18: expected 'Field: value')",
                "/var/lib/dpkg/status:30: skipped a package stanza without Version (package noversion)");
        assertThat(packages.get(0).locations()).containsExactly(new Package.FoundIn("/var/lib/dpkg/status", "sha256:abc"));
    }

    @Test
    void distrolessStatusDirectoryIsReadFileByFileWithoutMd5sums() {
        DpkgStatusParser parser = new DpkgStatusParser();
        assertThat(parser.wants("/var/lib/dpkg/status.d/base-files")).isTrue();
        assertThat(parser.wants("/var/lib/dpkg/status.d/base-files.md5sums")).isFalse();
        assertThat(parser.wants("/var/lib/dpkg/status-old")).isFalse();
        assertThat(parser.wants("/var/lib/dpkg/status.d/sub/dir")).isFalse();
    }

    @Test
    void apkInstalledGivesOriginAsSourceAndLicence() throws IOException {
        String installed = """
                C:Q1abc=
                P:libcrypto3
                V:3.3.2-r0
                A:x86_64
                o:openssl
                L:Apache-2.0
                F:usr/lib

                P:busybox
                V:1.36.1-r29
                o:busybox
                L:GPL-2.0-only

                V:1.0-r0
                """;
        Warnings warnings = new Warnings();
        List<Package> packages = parse(new ApkInstalledParser(), "/lib/apk/db/installed", installed, warnings);
        assertThat(packages).extracting(p -> p.name() + " " + p.version() + " " + p.sourceName() + " " + p.licence())
                .containsExactly("libcrypto3 3.3.2-r0 openssl Apache-2.0", "busybox 1.36.1-r29 busybox GPL-2.0-only");
        assertThat(warnings.all()).containsExactly("/lib/apk/db/installed:14: skipped a package entry without P:");
    }

    @Test
    void distroFromOsReleaseOrItsFallbacks(@TempDir Path root) throws IOException {
        write(root, "etc/alpine-release", "3.20.3\n");
        write(root, "lib/apk/db/installed", "P:busybox\nV:1.36.1-r29\no:busybox\nA:x86_64\n");
        Inventory alpine = DirectoryInventory.scan(root);
        assertThat(alpine.distro().osvEcosystem()).contains("Alpine:v3.20");
        assertThat(alpine.packages()).singleElement().satisfies(p ->
                assertThat(p.purl()).isEqualTo("pkg:apk/alpine/busybox@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3"));

        write(root, "etc/os-release", "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME=\"Alpine Linux v3.19\"\n");
        assertThat(DirectoryInventory.scan(root).distro().osvEcosystem()).contains("Alpine:v3.19");
    }

    @Test
    void debianVersionAndRedhatReleaseFallbacks(@TempDir Path root) throws IOException {
        write(root, "etc/debian_version", "12.7\n");
        assertThat(DirectoryInventory.scan(root).distro().osvEcosystem()).contains("Debian:12");
        Files.delete(root.resolve("etc/debian_version"));
        write(root, "etc/redhat-release", "Rocky Linux release 9.3 (Blue Onyx)\n");
        assertThat(DirectoryInventory.scan(root).distro().osvEcosystem()).contains("Rocky Linux:9");
    }

    @Test
    void osvEcosystemNamesPerDistro() {
        assertThat(new Distro("ubuntu", "22.04", "jammy", "").osvEcosystem()).contains("Ubuntu:22.04:LTS");
        assertThat(new Distro("ubuntu", "23.10", "mantic", "").osvEcosystem()).contains("Ubuntu:23.10");
        assertThat(new Distro("debian", "", "trixie", "").osvEcosystem()).contains("Debian:sid");
        assertThat(new Distro("almalinux", "9.4", "", "").osvEcosystem()).contains("AlmaLinux:9");
        assertThat(new Distro("rhel", "9.4", "", "").osvEcosystem()).isEmpty();
    }

    @Test
    void unknownDistroIsSaidPlainly(@TempDir Path root) throws IOException {
        write(root, "var/lib/dpkg/status", "Package: a\nStatus: install ok installed\nVersion: 1\n");
        Inventory inventory = DirectoryInventory.scan(root);
        assertThat(inventory.distro().isKnown()).isFalse();
        assertThat(inventory.warnings()).singleElement().asString().startsWith("unknown distro");
    }

    static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
