package dev.trusty.cli;

import dev.trusty.report.RuleCatalogFormatter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/rules.md is generated from the rules' own metadata. This fails when it is stale;
 * regenerate with {@code ./trusty rules --format markdown > docs/rules.md}.
 */
class RulesDocTest {
    private static final Path DOC = Path.of("docs", "rules.md");

    @Test
    void docsRulesMdMatchesTheCatalogue() throws IOException {
        String expected = RuleCatalogFormatter.markdown(Catalog.get());
        if (Boolean.getBoolean("trusty.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).as("docs/rules.md is stale: run ./trusty rules --format markdown > docs/rules.md").exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: run ./trusty rules --format markdown > docs/rules.md")
                .isEqualTo(expected);
    }

    @Test
    void everyRuleIdFollowsTheDomainScheme() {
        assertThat(Catalog.get().all()).allSatisfy(rule ->
                assertThat(rule.id()).matches(rule.domain().idPrefix() + "\\d{3}|SC\\d{4}"));
    }

    @Test
    void everyRuleExplainsItself() {
        assertThat(Catalog.get().all()).allSatisfy(rule -> {
            assertThat(rule.rationale()).as(rule.id() + " rationale").isNotBlank();
            assertThat(rule.remediation()).as(rule.id() + " remediation").isNotBlank();
        });
    }
}
