package dev.trusty.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trusty.core.InputException;
import dev.trusty.core.Severity;
import dev.trusty.pkg.Distro;
import dev.trusty.pkg.Ecosystem;
import dev.trusty.pkg.Package;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VexTest {

    static final Distro BOOKWORM = new Distro("debian", "12", "bookworm", "Debian 12");
    static final Package ZLIB = new Package(Ecosystem.DEBIAN, "", "zlib1g", "1:1.2.13.dfsg-1", "zlib", null, "amd64", null,
            BOOKWORM, List.of(new Package.FoundIn("/var/lib/dpkg/status", null)));
    static final Package LIBC = new Package(Ecosystem.DEBIAN, "", "libc6", "2.36-9", "glibc", null, "amd64", null,
            BOOKWORM, List.of(new Package.FoundIn("/var/lib/dpkg/status", null)));
    static final Package BABEL = Package.library(Ecosystem.NPM, "@babel", "traverse", "7.22.5", "MIT",
            new Package.FoundIn("/srv/node_modules/@babel/traverse/package.json", null));

    static VulnMatch match(Package pkg, String id, List<String> aliases) {
        return new VulnMatch(pkg, id, aliases, "", pkg.version(), null, AffectedStatus.UNFIXED, Severity.MEDIUM, null, null);
    }

    @Test
    void openVexNotAffectedStatementsSuppressByIdOrAliasAndProduct(@TempDir Path dir) throws Exception {
        Path vex = Files.writeString(dir.resolve("app.openvex.json"), """
                {"@context": "https://openvex.dev/ns/v0.2.0", "@id": "https://example.com/vex/1", "author": "Platform team",
                 "timestamp": "2026-11-20T00:00:00Z", "version": 1,
                 "statements": [
                   {"vulnerability": {"name": "CVE-2023-45853"}, "products": [{"@id": "pkg:deb/debian/zlib1g?arch=amd64"}],
                    "status": "not_affected", "justification": "vulnerable_code_not_present"},
                   {"vulnerability": {"name": "DSA-5514-1"}, "products": [{"@id": "pkg:deb/debian/libc6@2.36-9"}],
                    "status": "under_investigation"},
                   {"vulnerability": "GHSA-67hx-6x53-jw92", "products": ["pkg:npm/%40babel/traverse@7.22.5"], "status": "not_affected"}
                 ]}""");
        Vex statements = Vex.load(vex);
        assertThat(statements.statements()).hasSize(3);
        assertThat(statements.suppresses(match(ZLIB, "CVE-2023-45853", List.of()))).isTrue();
        assertThat(statements.suppresses(match(ZLIB, "CVE-2023-99999", List.of()))).isFalse();
        assertThat(statements.suppresses(match(LIBC, "CVE-2023-4911", List.of("DSA-5514-1")))).isFalse(); // only investigating
        assertThat(statements.suppresses(match(BABEL, "CVE-2023-45133", List.of("GHSA-67hx-6x53-jw92")))).isTrue();
        Package newerBabel = Package.library(Ecosystem.NPM, "@babel", "traverse", "7.23.0", "", BABEL.locations().get(0));
        assertThat(statements.suppresses(match(newerBabel, "CVE-2023-45133", List.of("GHSA-67hx-6x53-jw92")))).isFalse();
    }

    @Test
    void cycloneDxVexAnalysisStates(@TempDir Path dir) throws Exception {
        Path vex = Files.writeString(dir.resolve("bom.vex.json"), """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "vulnerabilities": [
                   {"id": "CVE-2023-4911", "analysis": {"state": "false_positive"}, "affects": [{"ref": "pkg:deb/debian/libc6"}]},
                   {"id": "CVE-2023-45853", "analysis": {"state": "exploitable"}, "affects": [{"ref": "pkg:deb/debian/zlib1g"}]}
                 ]}""");
        Vex statements = Vex.load(vex);
        assertThat(statements.filter(List.of(match(LIBC, "CVE-2023-4911", List.of()), match(ZLIB, "CVE-2023-45853", List.of()))))
                .extracting(VulnMatch::id).containsExactly("CVE-2023-45853");
    }

    @Test
    void otherDocumentsAreOneLineErrors(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("x.json"), "{\"hello\": 1}");
        assertThatThrownBy(() -> Vex.load(other)).isInstanceOf(InputException.class)
                .hasMessage(other + ": not an OpenVEX or CycloneDX VEX document");
        Path broken = Files.writeString(dir.resolve("y.json"), "{\"statements\": [");
        assertThatThrownBy(() -> Vex.load(broken)).hasMessageStartingWith(broken + ":1:");
    }
}
