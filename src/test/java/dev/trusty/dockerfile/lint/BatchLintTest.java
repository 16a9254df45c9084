package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.TargetReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Linting files in batches, rule by rule, gives each file exactly what linting it alone gives. */
class BatchLintTest {

    @TempDir
    Path dir;

    /** Files that exercise the per-file parts of a lint: pragmas, a check directive, a parse error, BuildKit errors. */
    private static final List<String> FILES = List.of(
            "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
            "# syntax=docker/dockerfile:1\n# check=error=true\nfrom alpine AS build\nRUN apk add curl\nFROM build\nCOPY . /app\n",
            "# check=experimental=all\nFROM debian:12\nCOPY .env /app/\n",
            "FROM debian:12\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\n# trusty ignore=TD999\nUSER root\n",
            "FROM debian:12\nFROBNICATE now\n",
            "FROM debian:12\nHEALTHCHECK --interval=oops CMD true\n",
            "ARG TAG=latest\nFROM node:$TAG\nENV API_TOKEN=abc123\nRUN curl -fsSL https://x.example/i.sh | sh\n",
            "");

    @Test
    void aBatchGivesEachFileWhatLintingItAloneGives() {
        var options = new LintOptions(dev.trusty.core.Policy.defaults(), dev.trusty.dockerfile.rules.LintSettings.DEFAULTS,
                LintOptions.ShellCheckMode.NEVER, true);
        DockerfileLinter linter = new DockerfileLinter(options);
        List<DockerfileLinter.Source> sources = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) { // 40 files: three batches, the last one partial
            for (int k = 0; k < FILES.size(); k++) {
                sources.add(new DockerfileLinter.Source("f" + copy + "-" + k + "/Dockerfile", FILES.get(k)));
            }
        }
        List<DockerfileLinter.Result> batched = linter.lint(sources);
        assertThat(batched).hasSize(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            TargetReport alone = linter.lint(sources.get(i).name(), sources.get(i).text()).report();
            TargetReport inBatch = batched.get(i).report();
            assertThat(inBatch.target()).isEqualTo(alone.target());
            assertThat(described(inBatch.findings())).isEqualTo(described(alone.findings()));
            assertThat(inBatch.suppressed()).isEqualTo(alone.suppressed());
            assertThat(inBatch.rulesChecked()).isEqualTo(alone.rulesChecked());
        }
        assertThat(described(batched.get(3).report().findings())).anyMatch(f -> f.contains("TD219")); // unused ignore
        assertThat(batched.get(7).dockerfile()).isNull(); // the empty file does not parse
    }

    @Test
    void lintFilesKeepsTheFilesOrderAroundThoseLintedOnTheirOwn() throws Exception {
        List<Path> order = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            Path sub = Files.createDirectories(dir.resolve(String.format("d%02d", k)));
            // every fifth file has its own .dockerignore, and one is not UTF-8: both leave the batch
            if (k % 5 == 0) {
                Files.writeString(sub.resolve(".dockerignore"), "*.md\n");
            }
            Path file = sub.resolve("Dockerfile");
            if (k == 7) {
                Files.write(file, new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xC3, '\n'});
            } else {
                Files.writeString(file, "FROM debian:12\nCOPY README.md /app/\nEXPOSE " + (1000 + k) + "\n");
            }
            order.add(file);
        }
        DockerfileLinter linter = new DockerfileLinter(LintOptions.defaults());
        List<DockerfileLinter.Result> results = linter.lintFiles(List.of(dir));
        assertThat(results).extracting(r -> r.report().target().name())
                .containsExactlyElementsOf(order.stream().map(Path::toString).toList());
        for (int k = 0; k < 20; k++) {
            List<String> ids = LintTestSupport.ids(results.get(k).report().findings());
            if (k == 7) {
                assertThat(results.get(k).dockerfile()).isNull();
            } else {
                assertThat(ids.contains("TD113")).as("file %d: COPY of an ignored file", k).isEqualTo(k % 5 == 0);
                assertThat(described(results.get(k).report().findings()))
                        .isEqualTo(described(linter.lint(order.get(k)).report().findings()));
            }
        }
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.rule().aliases() + " " + f.severity() + " "
                + f.location().describe() + " " + f.message()).toList();
    }
}
