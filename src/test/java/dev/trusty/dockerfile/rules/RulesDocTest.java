package dev.trusty.dockerfile.rules;

import dev.trusty.core.Reference;
import dev.trusty.core.RuleInfo;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/dockerfile-rules.md lists every Dockerfile rule; regenerate with UPDATE_DOCS=1. */
class RulesDocTest {
    private static final Path DOC = Path.of("docs/dockerfile-rules.md");

    static String render() {
        StringBuilder b = new StringBuilder("""
                # Dockerfile rules

                Generated from the rules' metadata (`RulesDocTest`; regenerate with `UPDATE_DOCS=1 mvn test
                -Dtest=RulesDocTest`). Every id and alias works in `--ignore`, `.trusty.yaml` `ignore:`/`severity:`,
                `.hadolint.yaml` `ignored:`/`override:`, `# trusty ignore=` and `# hadolint ignore=`. BuildKit's
                `# check=skip=` takes BuildKit check names only, case-sensitively, as `docker build` does. Rules
                tagged *opt-in* run only when the configuration gives them a severity (hadolint's "ignore" level);
                BuildKit's experimental checks also run when `# check=experimental=` names them (or says `all`), and
                `# check=error=true` makes the BuildKit checks' findings high. Findings start on the instruction's
                first line, where hadolint and BuildKit report them; the column range points at the offending word
                when it is on that line.

                A Trivy DS id sits on the one rule that reports what Trivy's check reports (checked case by case in
                `src/test/resources/dev/trusty/trivy`). Where Trivy's scope differs from a default rule's (hadolint's
                or ours), the DS id is on an opt-in twin: `--enable DS001,DS002,...` or a `severity:` entry turns it on.

                hadolint levels map to Trusty severities as error = high, warning = medium, info = low, style = info.

                | id | severity | title | aliases |
                |---|---|---|---|
                """);
        List<RuleInfo> all = DockerfileLinter.catalogue();
        for (RuleInfo r : all) {
            String aliases = r.references().stream().map(Reference::alias).collect(Collectors.joining(", "));
            b.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" | ").append(r.title())
                    .append(r.tags().contains(DockerfileRule.OPT_IN) ? " (opt-in)" : "")
                    .append(r.tags().contains(DockerfileRule.BUILDKIT_EXPERIMENTAL) ? " (BuildKit experimental)" : "")
                    .append(" | ")
                    .append(aliases).append(" |\n");
        }
        b.append("\n## Details\n");
        for (RuleInfo r : all) {
            b.append("\n### ").append(r.id()).append(": ").append(r.title()).append("\n\n");
            if (!r.rationale().isEmpty()) {
                b.append("Why: ").append(r.rationale()).append("\n\n");
            }
            if (!r.remediation().isEmpty()) {
                b.append("Fix: ").append(r.remediation()).append("\n");
            }
        }
        b.append("""

                ## Where Trusty differs from hadolint on purpose

                - DL4006: a RUN that starts with `set -o pipefail` (or `set -euo pipefail`) before its pipe is not
                  reported; hadolint only looks at SHELL.
                - DL3059: RUNs that already chain several commands, or are heredocs, count as split on purpose.
                - DL3002 looks at the last explicit `USER` of the final stage, or of the stage it is built `FROM` when
                  it has none; TD200 also reports a final stage with no USER at all (Trivy DS002, CIS 4.1).
                - DL3008: `pkg/release` only picks a release, so it counts as unpinned, as in hadolint; TD203 (`apt`)
                  accepts it.
                - DL1000 is only reported for files hadolint cannot parse either; an empty file, a repeated parser
                  directive or an over-long line, which only BuildKit refuses, is TD220.
                - BuildKit's `UndefinedVar` (TD115) and `InvalidBaseImagePlatform` (TD116) need the base image. Offline
                  only `scratch` and stages of the file are known, so TD115 then reports only near misses of names the
                  file defines and global or platform ARGs the stage never declared, and TD116 stays silent;
                  `--base-images=engine` inspects the local engine's image store for the real env and platform.
                  `CopyIgnoredFile` reads the `.dockerignore` (or `<Dockerfile>.dockerignore`) next to
                  the Dockerfile; `InvalidDefinitionDescription` is experimental in BuildKit and opt-in here.
                """);
        return b.toString();
    }

    @Test
    void docsListEveryRule() throws Exception {
        String expected = render();
        if (System.getenv("UPDATE_DOCS") != null) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, expected);
        }
        assertThat(Files.readString(DOC)).isEqualTo(expected);
    }
}
