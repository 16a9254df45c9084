package dev.trusty.image;

import dev.trusty.image.layers.FileAnalyzer;
import dev.trusty.image.layers.LayerScanner;
import dev.trusty.image.secrets.SecretFileAnalyzer;
import dev.trusty.image.secrets.SecretScanner;

import java.util.ArrayList;
import java.util.List;

/**
 * The analyzers one image run uses; rules find their results through these instances.
 * {@code packages} is null when the run does not inventory packages (no vulnerability check).
 */
public record ImageAnalyzers(CapturedFiles captured, SecretFileAnalyzer secrets, SecretScanner secretScanner,
                             PackageFiles packages) {

    public static ImageAnalyzers standard() {
        return standard(false);
    }

    /** The image checks' analyzers, plus the package inventory's when {@code withPackages}: still one walk. */
    public static ImageAnalyzers standard(boolean withPackages) {
        SecretScanner scanner = new SecretScanner();
        return new ImageAnalyzers(new CapturedFiles(), new SecretFileAnalyzer(scanner, SecretFileAnalyzer.DEFAULT_MAX_BYTES),
                scanner, withPackages ? new PackageFiles() : null);
    }

    public List<FileAnalyzer<?>> all() {
        List<FileAnalyzer<?>> all = new ArrayList<>(List.of(captured, secrets));
        if (packages != null) {
            all.add(packages);
        }
        return List.copyOf(all);
    }

    public LayerScanner scanner() {
        return new LayerScanner(all(), NotableEntries.PREDICATE);
    }
}
