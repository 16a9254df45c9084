package dev.trusty.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

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
}
