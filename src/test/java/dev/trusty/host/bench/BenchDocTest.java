package dev.trusty.host.bench;

import dev.trusty.host.checks.HostCheck;
import dev.trusty.host.checks.HostChecks;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/bench-checks.md is generated from the checks' own metadata; this fails when it is stale.
 * Regenerate with {@code mvn test -Dtest=BenchDocTest -Dtrusty.updateDocs=true}.
 */
class BenchDocTest {
    private static final Path DOC = Path.of("docs", "bench-checks.md");

    static String render() {
        StringBuilder md = new StringBuilder("""
                # `trusty bench` checks

                Generated from the checks' metadata (`dev.trusty.host.checks.HostChecks.ALL`); do not edit by hand.
                Ids are the CIS Docker Benchmark 1.6.0 ids as Docker Bench for Security uses them; `C.*` is its optional
                community group (`--check community`); `TH0xx` rows without a CIS id are Trusty's own host checks.
                Section 5.2–5.32 (containers) comes from the container rules. Level 2 marks checks we believe are CIS
                Level 2 items (unverified: the CIS PDF was not available); every other check counts as Level 1.

                | id | rule | severity | level | title |
                |---|---|---|---|---|
                """);
        for (HostCheck c : HostChecks.ALL) {
            md.append("| ").append(c.benchId()).append(" | ").append(c.info().id()).append(" | ")
                    .append(c.info().severity().label()).append(" | ").append(c.level()).append(" | ")
                    .append(c.info().title().replace("|", "\\|")).append(" |\n");
        }
        return md.toString();
    }

    @Test
    void docsBenchChecksMdMatchesTheChecks() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("trusty.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/bench-checks.md is stale: mvn test -Dtest=BenchDocTest -Dtrusty.updateDocs=true").isEqualTo(expected);
    }
}
