package dev.trusty.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.Domain;
import dev.trusty.core.InputException;
import dev.trusty.core.RuleCatalog;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleCatalogFormatterTest {
    private static final RuleInfo PIPE = RuleInfo.of("TD030", Domain.DOCKERFILE, "Use <pipefail> | set -o", Severity.LOW)
            .shellcheck("SC2086").buildkit("StageNameCasing");
    private static final RuleCatalog CATALOG = new RuleCatalog(List.of(
            SampleReport.LATEST, SampleReport.APT_PIN, SampleReport.ROOT_USER, SampleReport.SHADOW,
            SampleReport.PRIVILEGED, SampleReport.DAEMON_TCP, PIPE));

    private static String write(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuleCatalogFormatter.write(format, CATALOG, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void textIsATableOfIdSeverityAliasesAndTitle() throws IOException {
        List<String> lines = write("text").lines().toList();
        assertThat(lines.getFirst()).matches("ID +SEVERITY +ALIASES +TITLE");
        assertThat(lines).contains(
                "TC001  critical  CIS-5.4, privileged, CWE-250  Privileged container",
                "TD002  high      DL3002, CIS-4.1, CWE-250      Last USER is root");
        assertThat(lines.getLast()).isEqualTo("7 rules. Run 'trusty explain ID' for one rule's details.");
        int titleColumn = lines.getFirst().indexOf("TITLE");
        assertThat(lines.subList(1, 8)).allSatisfy(l -> assertThat(l.charAt(titleColumn - 1)).isEqualTo(' '));
    }

    @Test
    void jsonListsEveryRuleWithItsFacts() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(write("json"));
        assertThat(doc.get("rules")).hasSize(7);
        JsonNode root = doc.get("rules").get(1);
        assertThat(root.get("id").asText()).isEqualTo("TD002");
        assertThat(root.get("domain").asText()).isEqualTo("dockerfile");
        assertThat(root.get("aliases").toString()).isEqualTo("[\"DL3002\",\"CIS-4.1\",\"CWE-250\"]");
        assertThat(root.at("/references/2/url").asText()).isEqualTo("https://cwe.mitre.org/data/definitions/250.html");
        assertThat(root.get("remediation").asText()).startsWith("Add 'USER 10001'");
    }

    @Test
    void markdownHasASectionPerDomainAnIndexAndLinkedReferences() throws IOException {
        String md = write("markdown");
        assertThat(md).startsWith("# Trusty rules\n");
        assertThat(md).contains("\n## Dockerfile (TD)\n", "\n## Image (TI)\n", "\n## Container (TC)\n", "\n## Host (TH)\n")
                .doesNotContain("## Vulnerability");
        assertThat(md.indexOf("## Dockerfile")).isLessThan(md.indexOf("## Image"));
        assertThat(md).contains("| [TD002](#td002-last-user-is-root) | high | Last USER is root | DL3002, CIS-4.1, CWE-250 |");
        assertThat(md).contains("""
                ### TD002: Last USER is root

                **Severity:** high · **Aliases:** `DL3002`, `CIS-4.1`, `CWE-250`

                A process running as root in the container is root on the host if it escapes.

                **Remediation:** Add 'USER 10001' (or a named user) after the last step that needs root.

                **References:**

                - [hadolint DL3002](https://github.com/hadolint/hadolint/wiki/DL3002)
                - [CIS Docker Benchmark 4.1](https://www.cisecurity.org/benchmark/docker)
                - [CWE CWE-250](https://cwe.mitre.org/data/definitions/250.html)
                """);
        // table cells and headings must not break on '|' or inject HTML
        assertThat(md).contains("| Use &lt;pipefail&gt; \\| set -o |", "### TD030: Use &lt;pipefail&gt; | set -o");
        assertThat(md).contains("[BuildKit check StageNameCasing](https://docs.docker.com/reference/build-checks/stage-name-casing/)");
        assertThat(write("md")).isEqualTo(md);
    }

    @Test
    void explainPrintsOneRulesFullText() {
        assertThat(RuleCatalogFormatter.explain(SampleReport.ROOT_USER)).isEqualTo("""
                TD002: Last USER is root
                  severity  high
                  domain    dockerfile
                  aliases   DL3002, CIS-4.1, CWE-250

                Why it matters
                  A process running as root in the container is root on the host if it
                  escapes.

                How to fix
                  Add 'USER 10001' (or a named user) after the last step that needs root.

                References
                  hadolint DL3002  https://github.com/hadolint/hadolint/wiki/DL3002
                  CIS Docker Benchmark 4.1  https://www.cisecurity.org/benchmark/docker
                  CWE CWE-250  https://cwe.mitre.org/data/definitions/250.html
                """);
        assertThat(RuleCatalogFormatter.explain(SampleReport.APT_PIN)).contains("  tags      apt, reproducibility\n");
    }

    @Test
    void unknownFormatsAreAnInputErrorNamingTheValidOnes() {
        assertThatThrownBy(() -> write("yaml")).isInstanceOf(InputException.class)
                .hasMessage("unknown rules format 'yaml' (expected one of: text, json, markdown)");
    }
}
