package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** hadolint's command-line flags on {@code trusty lint}, each through the real entry point. */
class LintHadolintFlagsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path dockerfile(String text) throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, text);
        return file;
    }

    private static Cli lint(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("lint", "--shellcheck", "never"));
        args.addAll(List.of(options));
        args.add(file.toString());
        return Cli.run(args.toArray(String[]::new));
    }

    /** "hadolint-code line severity" of every finding with a hadolint alias. */
    private static List<String> hadolintFindings(Path file, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--format", "json"));
        args.addAll(List.of(options));
        Cli run = lint(file, args.toArray(String[]::new));
        assertThat(run.exitCode()).as("stderr: %s", run.err()).isIn(0, 1);
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(run.out()).path("findings")) {
            for (JsonNode alias : f.path("aliases")) {
                if (alias.asText().startsWith("DL")) {
                    out.add(alias.asText() + " " + f.path("location").path("line").asInt() + " " + f.path("severity").asText());
                }
            }
        }
        return out;
    }

    private static void assertInputError(Cli run, String message) {
        assertThat(run.exitCode()).as("stdout: %s", run.out()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").isEqualTo("trusty: " + message);
    }

    @Test
    void trustedRegistryIsRepeatableAndAddsToTheConfigFile() throws Exception {
        Path file = dockerfile("FROM docker.io/library/debian:12\nFROM quay.io/team/tool:1\nFROM ghcr.io/team/app:1\nUSER 1000\n");
        assertThat(hadolintFindings(file)).noneMatch(f -> f.startsWith("DL3026"));
        assertThat(hadolintFindings(file, "--trusted-registry", "docker.io", "--trusted-registry", "quay.io"))
                .filteredOn(f -> f.startsWith("DL3026")).containsExactly("DL3026 3 high");
        Files.writeString(dir.resolve(".hadolint.yaml"), "trustedRegistries: [ghcr.io]\n");
        assertThat(hadolintFindings(file, "--trusted-registry", "docker.io"))
                .filteredOn(f -> f.startsWith("DL3026")).containsExactly("DL3026 2 high");
        assertInputError(lint(file, "--trusted-registry", "docker.io/library"),
                "--trusted-registry: 'docker.io/library' is not a registry host[:port] (e.g. docker.io or registry.example.com:5000)");
    }

    @Test
    void requireLabelAndStrictLabels() throws Exception {
        Path file = dockerfile("FROM debian:12\nLABEL other=x\nUSER 1000\n");
        assertThat(hadolintFindings(file)).noneMatch(f -> f.startsWith("DL3049") || f.startsWith("DL3050"));
        assertThat(hadolintFindings(file, "--require-label", "maintainer:text"))
                .filteredOn(f -> f.startsWith("DL3049") || f.startsWith("DL3050")).containsExactly("DL3049 1 low");
        assertThat(hadolintFindings(file, "--require-label", "maintainer:text", "--strict-labels"))
                .filteredOn(f -> f.startsWith("DL3049") || f.startsWith("DL3050"))
                .containsExactlyInAnyOrder("DL3049 1 low", "DL3050 2 low");
        Path versioned = dockerfile("FROM debian:12\nLABEL version=one\nUSER 1000\n");
        assertThat(hadolintFindings(versioned, "--require-label", "version:semver"))
                .filteredOn(f -> f.startsWith("DL3056")).containsExactly("DL3056 2 medium");
        assertInputError(lint(file, "--require-label", "maintainer"),
                "--require-label: 'maintainer' is not LABEL:TYPE with TYPE one of email, hash, rfc3339, semver, spdx, text, url");
        assertInputError(lint(file, "--require-label", "maintainer:number"),
                "--require-label: 'maintainer:number' is not LABEL:TYPE with TYPE one of email, hash, rfc3339, semver, spdx, text, url");
    }

    @Test
    void severityFlagsUseHadolintsLevelsAndBeatTheConfigFile() throws Exception {
        Path file = dockerfile("FROM debian:latest\nUSER 1000\n");
        assertThat(hadolintFindings(file)).contains("DL3007 1 medium");
        assertThat(hadolintFindings(file, "--error", "DL3007")).contains("DL3007 1 high");
        assertThat(hadolintFindings(file, "--warning", "TD007")).contains("DL3007 1 medium");
        assertThat(hadolintFindings(file, "--info", "DL3007")).contains("DL3007 1 low");
        assertThat(hadolintFindings(file, "--style", "CIS-4.2")).contains("DL3007 1 info");
        Files.writeString(dir.resolve(".hadolint.yaml"), "override:\n  style: [DL3007]\n");
        assertThat(hadolintFindings(file)).contains("DL3007 1 info");
        assertThat(hadolintFindings(file, "--error", "TD007")).contains("DL3007 1 high");
        assertThat(lint(file, "--error", "SC2086").exitCode()).isIn(0, 1);
        assertInputError(lint(file, "--error", "DL9999"), "--error: unknown rule 'DL9999' (see 'trusty rules' for ids and aliases)");
    }

    @Test
    void aLevelOrEnableTurnsOnOptInRules() throws Exception {
        Path file = dockerfile("FROM debian:12\nUSER 1000\n");
        assertThat(hadolintFindings(file)).noneMatch(f -> f.startsWith("DL3057"));
        assertThat(hadolintFindings(file, "--warning", "DL3057")).contains("DL3057 1 medium");
        assertThat(hadolintFindings(file, "--enable", "DL3057")).contains("DL3057 1 info");
        assertThat(hadolintFindings(file, "--enable", "TD057", "--error", "DL3057")).contains("DL3057 1 high");
        assertInputError(lint(file, "--enable", "TD999"), "--enable: unknown rule 'TD999' (see 'trusty rules' for ids and aliases)");
    }

    @Test
    void failureThresholdUsesHadolintsLevelsAndNone() throws Exception {
        Path file = dockerfile("FROM debian:latest\nUSER 1000\n"); // DL3007 is a warning (medium)
        assertThat(lint(file).exitCode()).isEqualTo(1);
        assertThat(lint(file, "-t", "error").exitCode()).isZero();
        assertThat(lint(file, "--failure-threshold", "warning").exitCode()).isEqualTo(1);
        assertThat(lint(file, "-t", "none", "--error", "DL3007").exitCode()).isZero();
        Files.writeString(dir.resolve(".hadolint.yaml"), "failure-threshold: none\noverride:\n  error: [DL3007]\n");
        assertThat(lint(file).exitCode()).as("the file's threshold none never fails either").isZero();
        Files.delete(dir.resolve(".hadolint.yaml"));
        assertInputError(lint(file, "-t", "fatal"), "--failure-threshold: unknown level 'fatal' (expected error, warning, info, style or none)");
        assertInputError(lint(file, "-t", "error", "--fail-on", "low"),
                "--failure-threshold and --fail-on both set the exit threshold: give one");
    }

    @Test
    void noFailExitsZeroWithFindingsButNotOnInputErrors() throws Exception {
        Path file = dockerfile("FROM debian:latest\nRUN sudo make\n");
        Cli run = lint(file, "--no-fail");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("TD005", "TD007");
        assertThat(lint(dir.resolve("missing"), "--no-fail").exitCode()).isEqualTo(2);
        Files.writeString(dir.resolve(".hadolint.yaml"), "no-fail: true\n");
        assertThat(lint(file).exitCode()).as("hadolint's no-fail config key").isZero();
    }

    @Test
    void disableIgnorePragmaReportsWhatPragmasWouldHide() throws Exception {
        Path file = dockerfile("# hadolint ignore=DL3007\nFROM debian:latest\nUSER 1000\n");
        assertThat(hadolintFindings(file)).noneMatch(f -> f.startsWith("DL3007"));
        assertThat(hadolintFindings(file, "--disable-ignore-pragma")).contains("DL3007 2 medium");
    }
}
