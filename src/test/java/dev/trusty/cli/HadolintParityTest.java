package dev.trusty.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * hadolint's own expectations ({@code src/test/resources/dev/trusty/hadolint/DLxxxx.cases}, format in
 * {@link ParityCorpus}), with the case's {@code .hadolint.yaml} beside the file: a DL alias must fire
 * exactly where hadolint's rule would.
 */
class HadolintParityTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> hadolintExpectations() throws IOException, URISyntaxException {
        return new ParityCorpus("/dev/trusty/hadolint", ".hadolint.yaml", tmp).tests();
    }
}
