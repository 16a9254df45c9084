package dev.trusty.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code docker build --check} (BuildKit's Dockerfile linter) reports, case by case
 * ({@code src/test/resources/dev/trusty/buildkit/<CheckName>.cases}, format in {@link ParityCorpus}): a
 * finding carrying the check's name must fire exactly on the lines BuildKit reports (the first line of the
 * instruction), with BuildKit's wording where a {@code #> message} says so. A file BuildKit refuses
 * (TD000, TD078, TD220) fails the case: every case is a file BuildKit builds.
 */
class BuildkitParityTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> buildkitExpectations() throws IOException, URISyntaxException {
        return new ParityCorpus("/dev/trusty/buildkit", ".trusty.yaml", tmp, Set.of("TD000", "TD078", "TD220")).tests();
    }

    /** As {@code docker build} fails on any check it reports under {@code # check=error=true}, so does the run. */
    @Test
    void checkErrorTrueFailsTheRunOnAnyCheck() throws IOException {
        String onlyInfo = "FROM debian:12 AS Build\nUSER 10001\n"; // StageNameCasing: info, below the threshold
        Path lenient = write("lenient", onlyInfo);
        Path strict = write("strict", "# check=error=true\n" + onlyInfo);
        Path skipped = write("skipped", "# check=error=true;skip=StageNameCasing\n" + onlyInfo);
        assertThat(lint(lenient).exitCode()).isZero();
        Cli failed = lint(strict);
        assertThat(failed.exitCode()).as(failed.out()).isEqualTo(1);
        assertThat(failed.out()).contains("StageNameCasing").contains("\"severity\" : \"high\"");
        assertThat(lint(skipped).exitCode()).isZero();
        // an explicit threshold above errors, or hadolint's --no-fail, still decides
        assertThat(Cli.run("lint", "--shellcheck", "never", "--fail-on", "critical", strict.toString()).exitCode()).isZero();
        assertThat(Cli.run("lint", "--shellcheck", "never", "--no-fail", strict.toString()).exitCode()).isZero();
    }

    private Path write(String dir, String text) throws IOException {
        Path file = Files.createDirectories(tmp.resolve(dir)).resolve("Dockerfile");
        Files.writeString(file, text);
        return file;
    }

    private static Cli lint(Path file) {
        return Cli.run("lint", "--format", "json", "--shellcheck", "never", file.toString());
    }
}
