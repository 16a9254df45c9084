package dev.trusty.image;

import dev.trusty.image.layers.FileAnalyzer;
import dev.trusty.image.layers.FileEntry;
import dev.trusty.image.layers.FileSelector;
import dev.trusty.image.layers.Warnings;
import dev.trusty.pkg.InventoryBuilder;

import java.io.InputStream;

/**
 * Feeds the package inventory from the layer walk: the files the inventory parsers want (package
 * databases, os-release, archives, manifests, executables) are parsed from the tar stream as it
 * goes by, in every layer. Which of them count is decided afterwards, on the final filesystem
 * ({@link ImageInventory}). Parsing keeps no shared state, so layers may be read in parallel.
 */
public final class PackageFiles implements FileAnalyzer<InventoryBuilder.ParsedFile> {
    private final InventoryBuilder parsers = InventoryBuilder.standard();
    private final FileSelector selector = FileSelector.matching(
            e -> e.isRegularFile() && parsers.wants(e.absolutePath()));

    @Override
    public FileSelector selector() {
        return selector;
    }

    @Override
    public InventoryBuilder.ParsedFile analyze(FileEntry entry, InputStream content, Warnings warnings) {
        // the layer digest is known only once the whole blob is read: ImageInventory fills it in
        InventoryBuilder.ParsedFile parsed = parsers.parse(entry.absolutePath(), null, content);
        return parsed.packages().isEmpty() && parsed.distro() == null && parsed.warnings().isEmpty() ? null : parsed;
    }
}
