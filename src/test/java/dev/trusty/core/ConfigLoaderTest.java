package dev.trusty.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsEverySetting() throws IOException {
        Path file = write(".trusty.yaml", """
                ignore: [DL3008, TC012]
                severity:
                  DL3007: critical
                fail-on: medium
                ignore-paths: ["vendor/**"]
                trusted-registries: [registry.example.com]
                dockerfile:
                  require-digest: true
                """);
        TrustyConfig config = ConfigLoader.load(file);
        assertThat(config.ignore()).containsExactly("DL3008", "TC012");
        assertThat(config.severity()).containsEntry("DL3007", Severity.CRITICAL);
        assertThat(config.failOn()).isEqualTo(Severity.MEDIUM);
        assertThat(config.ignorePaths()).containsExactly("vendor/**");
        assertThat(config.trustedRegistries()).containsExactly("registry.example.com");
        assertThat(config.section("dockerfile").get("require-digest").asBoolean()).isTrue();
    }

    @Test
    void acceptsHadolintStyleOverridesAndThreshold() throws IOException {
        Path file = write(".trusty.yaml", """
                override:
                  error: [DL3001]
                  info: [DL3032]
                failure-threshold: warning
                trustedRegistries: [docker.io]
                """);
        TrustyConfig config = ConfigLoader.load(file);
        assertThat(config.severity()).containsEntry("DL3001", Severity.HIGH).containsEntry("DL3032", Severity.INFO);
        assertThat(config.failOn()).isEqualTo(Severity.MEDIUM);
        assertThat(config.trustedRegistries()).containsExactly("docker.io");
    }

    @Test
    void emptyFileMeansDefaults() throws IOException {
        TrustyConfig config = ConfigLoader.load(write(".trusty.yaml", ""));
        assertThat(config.ignore()).isEmpty();
        assertThat(config.failOn()).isNull();
    }

    @Test
    void unknownKeyNamesFileLineAndColumn() throws IOException {
        Path file = write(".trusty.yaml", "ignore: [DL3008]\nfail_on: high\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":2:1: unknown setting 'fail_on'");
    }

    @Test
    void badSeverityNamesItsPosition() throws IOException {
        Path file = write(".trusty.yaml", "fail-on: severe\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":1:10: unknown severity 'severe' (expected critical, high, medium, low or info)");
    }

    @Test
    void malformedYamlIsAnInputErrorWithPosition() throws IOException {
        Path file = write(".trusty.yaml", "ignore: [DL3008\nfail-on: high\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(InputException.class)
                .hasMessageMatching(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .+")
                .hasMessageNotContaining("\n");
    }

    @Test
    void wrongShapeIsReported() throws IOException {
        Path file = write(".trusty.yaml", "ignore:\n  nested: map\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":2:3: 'ignore' must be a list of strings");
    }

    @Test
    void topLevelListIsRejected() throws IOException {
        Path file = write(".trusty.yaml", "- DL3008\n");
        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessageStartingWith(file + ":1:1: expected a mapping");
    }

    @Test
    void findsTheNearestConfigUpward() throws IOException {
        Path top = write(".trusty.yaml", "ignore: [A]\n");
        Path nested = write("a/b/.trusty.yml", "ignore: [B]\n");
        Path dockerfile = write("a/b/c/Dockerfile", "FROM scratch\n");
        assertThat(ConfigLoader.find(dockerfile)).contains(nested);
        assertThat(ConfigLoader.find(dir.resolve("a"))).contains(top);
    }

    @Test
    void missingExplicitConfigIsAnInputError() {
        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("nope.yaml")))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("nope.yaml: config file not found");
    }
}
