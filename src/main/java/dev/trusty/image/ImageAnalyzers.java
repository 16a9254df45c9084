package dev.trusty.image;

import dev.trusty.image.layers.FileAnalyzer;
import dev.trusty.image.layers.LayerScanner;
import dev.trusty.image.secrets.SecretFileAnalyzer;
import dev.trusty.image.secrets.SecretScanner;

import java.util.List;

/** The analyzers one image run uses; rules find their results through these instances. */
public record ImageAnalyzers(CapturedFiles captured, SecretFileAnalyzer secrets, SecretScanner secretScanner) {

    public static ImageAnalyzers standard() {
        SecretScanner scanner = new SecretScanner();
        return new ImageAnalyzers(new CapturedFiles(), new SecretFileAnalyzer(scanner, SecretFileAnalyzer.DEFAULT_MAX_BYTES),
                scanner);
    }

    public List<FileAnalyzer<?>> all() {
        return List.of(captured, secrets);
    }

    public LayerScanner scanner() {
        return new LayerScanner(all(), NotableEntries.PREDICATE);
    }
}
