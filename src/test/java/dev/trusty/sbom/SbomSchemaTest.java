package dev.trusty.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.trusty.pkg.Distro;
import dev.trusty.pkg.Ecosystem;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our SBOMs against the official schemas: CycloneDX 1.6 as bundled in cyclonedx-core-java,
 * SPDX 2.3 as bundled in spdx tools-java (both test-scope jars, only their schema files used).
 */
class SbomSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00.123Z");

    static Inventory sample() {
        Distro bookworm = new Distro("debian", "12", "bookworm", "Debian GNU/Linux 12 (bookworm)");
        Package.FoundIn status = new Package.FoundIn("/var/lib/dpkg/status", "sha256:0123456789abcdef");
        return new Inventory(bookworm, List.of(
                new Package(Ecosystem.DEBIAN, "", "libc6", "2.36-9+deb12u7", "glibc", null, "amd64", null, bookworm, List.of(status)),
                new Package(Ecosystem.DEBIAN, "", "bash", "5.2.15-2+b8", "bash", "5.2.15-2", "amd64", null, bookworm, List.of(status)),
                Package.library(Ecosystem.MAVEN, "org.apache.logging.log4j", "log4j-core", "2.14.1", "Apache-2.0",
                        new Package.FoundIn("/app/app.war!/WEB-INF/lib/log4j-core-2.14.1.jar", null)),
                Package.library(Ecosystem.NPM, "@babel", "core", "7.22.5", "MIT License",
                        new Package.FoundIn("/srv/node_modules/@babel/core/package.json", null)),
                Package.library(Ecosystem.NPM, "@babel", "core", "7.22.5", "",
                        new Package.FoundIn("/other/node_modules/@babel/core/package.json", null))), List.of());
    }

    static List<String> errors(Schema schema, String document) throws Exception {
        JsonNode doc = JSON.readTree(document);
        List<Error> errors = schema.validate(doc, c -> c.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    @Test
    void cycloneDxIsValidAgainstTheOfficialSchema() throws Exception {
        Schema schema = cycloneDxSchema();
        String bom = CycloneDx.write(sample(), "bookworm-app", "0.1.0", NOW);
        assertThat(errors(schema, bom)).isEmpty();

        JsonNode doc = JSON.readTree(bom);
        assertThat(doc.path("specVersion").asText()).isEqualTo("1.6");
        assertThat(doc.path("metadata").path("timestamp").asText()).isEqualTo("2026-11-23T15:00:00Z");
        assertThat(doc.path("components")).extracting(c -> c.path("purl").asText()).containsExactly("",
                "pkg:deb/debian/libc6@2.36-9%2Bdeb12u7?arch=amd64&distro=debian-12&upstream=glibc",
                "pkg:deb/debian/bash@5.2.15-2%2Bb8?arch=amd64&distro=debian-12",
                "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
                "pkg:npm/%40babel/core@7.22.5", "pkg:npm/%40babel/core@7.22.5");
        assertThat(doc.path("components").get(5).path("bom-ref").asText()).isEqualTo("pkg:npm/%40babel/core@7.22.5#2");

        String broken = bom.replace("\"specVersion\" : \"1.6\"", "\"specVersion\" : 1.6");
        assertThat(errors(schema, broken)).isNotEmpty();
    }

    static Schema cycloneDxSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                        b -> b.schemaIdResolvers(r -> r.mapPrefix("http://cyclonedx.org/schema/", "classpath:")))
                .getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.6.schema.json"));
    }

    static Schema spdxSchema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                .getSchema(SchemaLocation.of("classpath:resources/spdx-schema-v2.3.json"));
    }

    @org.junit.jupiter.api.Tag("rootfs")
    @Test
    void sbomsOfARealBookwormRootfsAreValid() throws Exception {
        Inventory inventory = dev.trusty.pkg.DirectoryInventory.scan(dev.trusty.pkg.DebianRootfs.bookworm());
        String bom = CycloneDx.write(inventory, "bookworm", "0.1.0", NOW);
        String spdx = Spdx.write(inventory, "bookworm", "0.1.0", NOW);
        assertThat(errors(cycloneDxSchema(), bom)).isEmpty();
        assertThat(errors(spdxSchema(), spdx)).isEmpty();
        assertThat(JSON.readTree(bom).path("components")).hasSize(inventory.packages().size() + 1);
        assertThat(JSON.readTree(spdx).path("packages")).hasSize(inventory.packages().size());
    }

    @Test
    void spdxIsValidAgainstTheOfficialSchema() throws Exception {
        Schema schema = spdxSchema();
        String doc = Spdx.write(sample(), "bookworm-app", "0.1.0", NOW);
        assertThat(errors(schema, doc)).isEmpty();

        JsonNode spdx = JSON.readTree(doc);
        assertThat(spdx.path("spdxVersion").asText()).isEqualTo("SPDX-2.3");
        assertThat(spdx.path("packages")).hasSize(5);
        assertThat(spdx.path("packages").get(2).path("licenseDeclared").asText()).isEqualTo("Apache-2.0");
        assertThat(spdx.path("packages").get(3).path("licenseDeclared").asText()).isEqualTo("NOASSERTION");
        assertThat(spdx.path("packages").get(3).path("licenseComments").asText()).isEqualTo("declared: MIT License");
        assertThat(spdx.path("relationships")).hasSize(5);

        assertThat(errors(schema, doc.replace("\"filesAnalyzed\" : false", "\"filesAnalyzed\" : \"no\""))).isNotEmpty();
    }
}
