package dev.trusty.image.history;

import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/image-history.md lists which Dockerfile rules judge image history and why, from
 * {@link HistoryRuleSelection} itself. Regenerate with
 * {@code mvn test -Dtest=HistoryDocTest -Dtrusty.updateDocs=true}.
 */
class HistoryDocTest {
    private static final Path DOC = Path.of("docs", "image-history.md");

    @Test
    void docMatchesTheSelection() throws IOException {
        String expected = markdown();
        if (Boolean.getBoolean("trusty.updateDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(DOC).exists();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/image-history.md is stale: mvn test -Dtest=HistoryDocTest -Dtrusty.updateDocs=true")
                .isEqualTo(expected);
    }

    static String markdown() {
        StringBuilder md = new StringBuilder("""
                # Dockerfile rules on image history

                <!-- Generated from HistoryRuleSelection by HistoryDocTest. Do not edit by hand. -->

                `trusty image` turns each history entry's `created_by` back into a Dockerfile instruction
                (classic `#(nop)` entries, `|N A=b /bin/sh -c ...` build-arg forms, BuildKit's `# buildkit`
                entries), writes them in order after a `FROM scratch`, with `ARG NAME` lines (names only,
                never values) for the build args the history shows, and lints that file. Entries the parser
                refuses and `SHELL` entries are left out. A finding of a kept rule on a history instruction
                becomes an image finding of the same rule: its hadolint/Trivy aliases work with `--ignore`
                and the config, the message starts with `history[N]:`, and the location is
                `history[N] <instruction>` in the layer that entry created (the image config for entries
                that created no layer). Secrets in the instruction (what the secret scanner finds, and
                values of secret-named ENV/ARG/LABEL variables) are masked there; TI014 reports them.
                Every other finding is dropped.

                A Dockerfile rule that is in neither list is not used on history until someone decides.

                ## Kept

                | id | title | aliases | why |
                |---|---|---|---|
                """);
        table(md, HistoryRuleSelection.KEPT);
        md.append("""

                ## Dropped

                | id | title | aliases | why |
                |---|---|---|---|
                """);
        table(md, HistoryRuleSelection.DROPPED);
        return md.toString();
    }

    private static void table(StringBuilder md, Map<String, String> reasons) {
        for (RuleInfo rule : DockerfileLinter.catalogue()) {
            String why = reasons.get(rule.id());
            if (why != null) {
                md.append("| ").append(rule.id()).append(" | ").append(cell(rule.title())).append(" | ")
                        .append(String.join(", ", rule.aliases())).append(" | ").append(cell(why)).append(" |\n");
            }
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }
}
