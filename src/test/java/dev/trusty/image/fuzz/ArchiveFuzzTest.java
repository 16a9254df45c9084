package dev.trusty.image.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.trusty.core.InputException;
import dev.trusty.image.ImageAnalyzers;
import dev.trusty.image.ImageModel;
import dev.trusty.image.layers.LayerResult;
import dev.trusty.image.layers.LayeredFileSystem;
import dev.trusty.image.layers.Warnings;
import dev.trusty.image.rules.ImageRules;
import dev.trusty.image.sources.ImageReader;
import dev.trusty.image.sources.LoadedImage;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage-guided fuzzing (Jazzer) of the tar/layer reader and the archive reader. Without
 * {@code JAZZER_FUZZ=1} each test replays its seeds from
 * {@code src/test/resources/dev/trusty/image/fuzz/ArchiveFuzzTestInputs/<method>/} (a second in
 * CI); with it, it fuzzes for {@code maxDuration}. Bad input may only ever come out as an
 * {@link InputException} with a one-line message, or as warnings.
 */
class ArchiveFuzzTest {
    /** Built once: the keyword automaton and patterns are immutable and thread-safe. */
    private static final ImageAnalyzers ANALYZERS = ImageAnalyzers.standard();

    @FuzzTest(maxDuration = "30s")
    void layerScannerOnlyRejectsWithInputErrors(FuzzedDataProvider data) {
        byte[] blob = data.consumeRemainingAsBytes();
        ImageAnalyzers analyzers = ANALYZERS;
        Warnings warnings = new Warnings();
        try {
            LayerResult layer = analyzers.scanner().scan(0, "fuzz", new ByteArrayInputStream(blob), warnings);
            LayeredFileSystem fs = new LayeredFileSystem(List.of(layer));
            fs.notable().forEach(e -> assertThat(e.path()).doesNotStartWith("/").doesNotContain(".."));
            assertThat(fs.owners()).isNotNull();
        } catch (InputException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz").doesNotContain("\n");
        }
        warnings.all().forEach(w -> assertThat(w).doesNotContain("\n"));
    }

    @FuzzTest(maxDuration = "30s")
    void archiveReaderOnlyRejectsWithInputErrors(FuzzedDataProvider data) {
        byte[] archive = data.consumeRemainingAsBytes();
        ImageAnalyzers analyzers = ANALYZERS;
        try {
            List<LoadedImage> images = new ImageReader(analyzers.scanner(), new Warnings())
                    .read(new ByteArrayInputStream(archive), "fuzz", null);
            for (LoadedImage image : images) {
                ImageModel model = new ImageModel(image, analyzers);
                ImageRules.ALL.forEach(rule -> rule.check(model, finding -> assertThat(finding.message()).isNotNull()));
            }
        } catch (InputException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz").doesNotContain("\n");
        }
    }
}
