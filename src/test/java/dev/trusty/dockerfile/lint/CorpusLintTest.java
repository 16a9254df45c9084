package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.Policy;
import dev.trusty.dockerfile.rules.LintSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser's corpus of real-world shapes (heredocs, CRLF, escapes, Windows) lints without errors. */
class CorpusLintTest {

    @Test
    void everyCorpusFileLintsAndEveryFindingPointsInsideTheFile() throws Exception {
        Path corpus = Path.of("src/test/resources/dev/trusty/dockerfile/corpus");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        var config = new dev.trusty.core.TrustyConfig(null, List.of(), Map.of("DL3057", dev.trusty.core.Severity.INFO),
                null, List.of(), List.of("docker.io"), Map.of());
        DockerfileLinter linter = new DockerfileLinter(new LintOptions(new Policy(config, List.of(), null),
                new LintSettings(List.of("docker.io"), Map.of("version", "semver"), true, true),
                LintOptions.ShellCheckMode.NEVER, true));
        int total = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            long lines = text.lines().count();
            List<Finding> findings = linter.lint(file).report().findings();
            total += findings.size();
            for (Finding f : findings) {
                Location.File at = (Location.File) f.location();
                assertThat(at.line()).as("%s %s", file, f.ruleId()).isBetween(0, (int) lines + 1);
                assertThat(f.message()).isNotBlank();
            }
        }
        assertThat(total).isPositive();
    }
}
