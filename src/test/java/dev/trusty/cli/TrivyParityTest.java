package dev.trusty.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What Trivy's Dockerfile checks (trivy-checks {@code checks/docker}) report, per DS id
 * ({@code src/test/resources/dev/trusty/trivy/DSxxx.cases}, format in {@link ParityCorpus}): a DS alias must
 * fire exactly where Trivy's check would, so a {@code .trivyignore} line silences the same findings.
 */
class TrivyParityTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> trivyExpectations() throws IOException, URISyntaxException {
        return new ParityCorpus("/dev/trusty/trivy", "trivy.yaml", tmp).tests();
    }
}
