package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.rules.LintSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.trusty.dockerfile.lint.LintTestSupport.ids;
import static dev.trusty.dockerfile.lint.LintTestSupport.lint;
import static org.assertj.core.api.Assertions.assertThat;

/** BuildKit's {@code # check=skip=...;error=...;experimental=...} directive, applied as BuildKit's linter applies it. */
class BuildkitCheckDirectiveTest {

    private static final String CASING_AND_LEGACY = """
            FROM debian:12 AS Build
            ENV A 1
            """;

    @Test
    void skipNamesAreBuildkitCheckNamesMatchedCaseSensitively() {
        assertThat(ids(lint("# check=skip=stagenamecasing,TD107,DL3025\n" + CASING_AND_LEGACY)))
                .contains("TD101", "TD107");
        assertThat(ids(lint("# check=skip= StageNameCasing , LegacyKeyValueFormat\n" + CASING_AND_LEGACY)))
                .doesNotContain("TD101", "TD107");
    }

    @Test
    void allSkipsEverythingOnlyAsTheWholeValue() {
        assertThat(ids(lint("# check=skip=all,StageNameCasing\n" + CASING_AND_LEGACY)))
                .doesNotContain("TD101").contains("TD107");
        assertThat(ids(lint("# check=skip=ALL\n" + CASING_AND_LEGACY))).contains("TD101", "TD107");
        assertThat(ids(lint("# check=skip=all\n" + CASING_AND_LEGACY + "RUN sudo make\n")))
                .doesNotContain("TD101", "TD107").contains("TD005");
    }

    @Test
    void experimentalCheckRunsWhenTheDirectiveNamesIt() {
        String described = """
                FROM debian:12
                # the version to install
                ARG VERSION=1
                """;
        assertThat(ids(lint(described))).doesNotContain("TD114");
        assertThat(ids(lint("# check=experimental=InvalidDefinitionDescription\n" + described))).contains("TD114");
        assertThat(ids(lint("# check=experimental=all\n" + described))).contains("TD114");
        assertThat(ids(lint("# check=experimental=invaliddefinitiondescription\n" + described))).doesNotContain("TD114");
        // BuildKit's skip list does not apply to experimental checks that are on
        assertThat(ids(lint("# check=experimental=all;skip=all\n" + described))).contains("TD114");
        assertThat(ids(lint("# check=skip=InvalidDefinitionDescription;experimental=InvalidDefinitionDescription\n"
                + described))).contains("TD114");
    }

    @Test
    void experimentalCheckTheConfigurationLeavesOffIsListedAsCheckedOnlyWhenOn() {
        String text = "FROM debian:12\nARG VERSION=1\n";
        DockerfileLinter linter = new DockerfileLinter(LintOptions.defaults());
        assertThat(linter.lint("Dockerfile", text).report().rulesChecked()).noneMatch(r -> r.id().equals("TD114"));
        assertThat(linter.lint("Dockerfile", "# check=experimental=all\n" + text).report().rulesChecked())
                .anyMatch(r -> r.id().equals("TD114"));
    }

    @Test
    void copyIgnoredFileRunsByDefaultButSkipSilencesItUnlessExperimentalTurnsItOn() {
        LintOptions options = LintOptions.defaults().withSettings(LintSettings.DEFAULTS.withDockerignore(List.of("*.md")));
        String copy = "FROM debian:12\nCOPY README.md /app/\n";
        assertThat(ids(lint(options, copy))).contains("TD113");
        assertThat(ids(lint(options, "# check=skip=all\n" + copy))).doesNotContain("TD113");
        assertThat(ids(lint(options, "# check=skip=CopyIgnoredFile\n" + copy))).doesNotContain("TD113");
        assertThat(ids(lint(options, "# check=skip=all;experimental=CopyIgnoredFile\n" + copy))).contains("TD113");
        // error=true: BuildKit does not run it unless experimental names it, so it does not become an error
        assertThat(severity(lint(options, "# check=error=true\n" + copy), "TD113")).isEqualTo(Severity.MEDIUM);
        assertThat(severity(lint(options, "# check=error=true;experimental=all\n" + copy), "TD113"))
                .isEqualTo(Severity.HIGH);
    }

    @Test
    void errorTrueMakesTheChecksFindingsErrors() {
        List<Finding> plain = lint(CASING_AND_LEGACY + "RUN sudo make\n");
        List<Finding> strict = lint("# check=error=true\n" + CASING_AND_LEGACY + "RUN sudo make\n");
        assertThat(severity(plain, "TD101")).isEqualTo(Severity.INFO);
        assertThat(severity(strict, "TD101")).isEqualTo(Severity.HIGH);
        assertThat(severity(strict, "TD107")).isEqualTo(Severity.HIGH);
        // not a BuildKit check: keeps its own severity
        assertThat(severity(strict, "TD005")).isEqualTo(severity(plain, "TD005"));
        assertThat(severity(lint("# check=error=false\n" + CASING_AND_LEGACY), "TD101")).isEqualTo(Severity.INFO);
        // skipped checks do not come back as errors
        assertThat(ids(lint("# check=error=true;skip=StageNameCasing\n" + CASING_AND_LEGACY))).doesNotContain("TD101");
    }

    @Test
    void anInvalidDirectiveIsABuildErrorAndTheRestIsStillLinted() {
        List<Finding> f = lint("# check=skip=StageNameCasing;bogus=1\n" + CASING_AND_LEGACY);
        assertThat(f).filteredOn(x -> x.ruleId().equals("TD078")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("invalid check option \"bogus\""));
        assertThat(ids(f)).contains("TD101", "TD107");
    }

    private static Severity severity(List<Finding> findings, String id) {
        return findings.stream().filter(f -> f.ruleId().equals(id)).findFirst().orElseThrow().severity();
    }
}
