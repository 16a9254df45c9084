package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Severity;
import dev.trusty.core.TrustyConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HadolintConfigTest {

    @TempDir
    Path dir;

    private List<Finding> lintWith(TrustyConfig config, String text) {
        Policy policy = new Policy(config, List.of(), null);
        return new DockerfileLinter(new LintOptions(policy, DockerfileConfig.settings(config),
                LintOptions.ShellCheckMode.NEVER, false)).lint("Dockerfile", text).report().findings();
    }

    @Test
    void hadolintYamlIsUsedWhenNoTrustyYamlExists() throws IOException {
        Files.writeString(dir.resolve(".hadolint.yaml"), """
                ignored: [DL3008]
                override:
                  error: [DL3015]
                  style: [DL3059]
                trustedRegistries:
                  - docker.io
                failure-threshold: warning
                label-schema:
                  author: text
                strict-labels: true
                """);
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\n");
        TrustyConfig config = DockerfileConfig.resolve(null, dir.resolve("Dockerfile"));
        assertThat(config.source()).isEqualTo(dir.resolve(".hadolint.yaml"));
        assertThat(config.failOn()).isEqualTo(Severity.MEDIUM);
        List<Finding> f = lintWith(config, """
                FROM quay.io/org/app:1
                LABEL other=x
                RUN apt-get install -y curl
                RUN true
                """);
        assertThat(LintTestSupport.ids(f)).doesNotContain("TD008")
                .contains("TD026", "TD049", "TD050", "TD015", "TD059");
        assertThat(f).filteredOn(x -> x.ruleId().equals("TD015")).allMatch(x -> x.severity() == Severity.HIGH);
        assertThat(f).filteredOn(x -> x.ruleId().equals("TD059")).allMatch(x -> x.severity() == Severity.INFO);
    }

    @Test
    void trustyYamlWinsOverHadolintYaml() throws IOException {
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored: [DL3008]\n");
        Files.writeString(dir.resolve(".trusty.yaml"), "ignore: [DL3015]\n");
        TrustyConfig config = DockerfileConfig.resolve(null, dir);
        assertThat(config.source()).isEqualTo(dir.resolve(".trusty.yaml"));
        List<Finding> f = lintWith(config, "FROM debian:12\nRUN apt-get install -y curl\n");
        assertThat(LintTestSupport.ids(f)).contains("TD008").doesNotContain("TD015");
    }

    @Test
    void ymlSpellingAndSingleStringRegistryWork() throws IOException {
        Files.writeString(dir.resolve(".hadolint.yml"), "trustedRegistries: my.registry.io\n");
        TrustyConfig config = DockerfileConfig.resolve(null, dir);
        assertThat(config.trustedRegistries()).containsExactly("my.registry.io");
        assertThat(LintTestSupport.ids(lintWith(config, "FROM debian:12\n"))).contains("TD026");
        assertThat(LintTestSupport.ids(lintWith(config, "FROM my.registry.io/debian:12\n"))).doesNotContain("TD026");
    }

    @Test
    void optInRuleIsEnabledByAnOverride() throws IOException {
        Files.writeString(dir.resolve(".hadolint.yaml"), "override:\n  info: [DL3057]\n");
        TrustyConfig config = DockerfileConfig.resolve(null, dir);
        assertThat(LintTestSupport.ids(lintWith(config, "FROM debian:12\n"))).contains("TD057");
        assertThat(LintTestSupport.ids(lintWith(TrustyConfig.DEFAULTS, "FROM debian:12\n"))).doesNotContain("TD057");
    }

    @Test
    void disableIgnorePragmaTurnsCommentPragmasOff() throws IOException {
        Files.writeString(dir.resolve(".hadolint.yaml"), "disable-ignore-pragma: true\n");
        TrustyConfig config = DockerfileConfig.resolve(null, dir);
        String text = "# check=skip=StageNameCasing\nFROM debian:12 AS Build\n# hadolint ignore=DL3004\nRUN sudo make\n";
        assertThat(LintTestSupport.ids(lintWith(config, text))).contains("TD005").doesNotContain("TD101");
        assertThat(LintTestSupport.ids(lintWith(TrustyConfig.DEFAULTS, text))).doesNotContain("TD005", "TD101");
    }

    @Test
    void badLevelIsAOneLineInputError() throws IOException {
        Files.writeString(dir.resolve(".hadolint.yaml"), "override:\n  fatal: [DL3008]\n");
        assertThatThrownBy(() -> DockerfileConfig.resolve(null, dir)).isInstanceOf(InputException.class)
                .hasMessageContaining("unknown level 'fatal'").hasMessageNotContaining("\n");
    }

    @Test
    void trustySectionSettingsAreRead() throws IOException {
        Files.writeString(dir.resolve(".trusty.yaml"), """
                dockerfile:
                  require-digest: true
                  label-schema:
                    version: semver
                """);
        TrustyConfig config = DockerfileConfig.resolve(null, dir);
        List<Finding> f = lintWith(config, "FROM debian:12\nLABEL version=1.0\n");
        assertThat(LintTestSupport.ids(f)).contains("TD202", "TD056");
    }
}
