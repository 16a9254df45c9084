package dev.trusty.image;

import dev.trusty.core.Location;
import dev.trusty.image.layers.FileEntry;
import dev.trusty.image.layers.LayeredFileSystem;
import dev.trusty.image.sources.LoadedImage;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.InventoryBuilder;
import dev.trusty.pkg.Package;

import dev.trusty.image.layers.LayerScanner;
import dev.trusty.image.layers.Warnings;
import dev.trusty.image.sources.ImageReader;
import dev.trusty.image.sources.Platform;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Map;

/**
 * An image's packages as its final filesystem records them: a package database deleted or
 * replaced by a later layer does not count, the replacement does. Each package's location names
 * the file and the digest of the layer that holds it.
 */
public final class ImageInventory {
    private final String image;
    private final Inventory inventory;
    /** The final version of every file packages came from, by absolute path: gives its layer index. */
    private final Map<String, FileEntry> files;

    private ImageInventory(String image, Inventory inventory, Map<String, FileEntry> files) {
        this.image = image;
        this.inventory = inventory;
        this.files = files;
    }

    /** Assembles the inventory from what {@code analyzer} parsed during the layer walk of {@code image}. */
    public static ImageInventory of(LoadedImage image, PackageFiles analyzer) {
        LayeredFileSystem fs = new LayeredFileSystem(image.layers());
        InventoryBuilder builder = InventoryBuilder.standard();
        Map<String, FileEntry> files = new HashMap<>();
        for (LayeredFileSystem.Located<InventoryBuilder.ParsedFile> parsed : fs.results(analyzer)) {
            if (!parsed.present()) {
                continue;
            }
            FileEntry entry = parsed.entry();
            builder.add(parsed.value().inLayer(fs.layers().get(entry.layer()).blobDigest()));
            files.put(entry.absolutePath(), entry);
        }
        return new ImageInventory(image.name(), builder.build(), Map.copyOf(files));
    }

    /** The inventory of every image of an archive or OCI layout, read with the package analyzer alone. */
    public static List<ImageInventory> read(Path archiveOrLayout, String platform, Consumer<String> warnings) {
        return read(reader -> reader.read(archiveOrLayout, platform(platform)), warnings);
    }

    /** The inventory of every image of a docker save stream (the engine's image export), in one pass. */
    public static List<ImageInventory> read(InputStream dockerSaveStream, String name, String platform,
                                            Consumer<String> warnings) {
        return read(reader -> reader.read(dockerSaveStream, name, platform(platform)), warnings);
    }

    private static List<ImageInventory> read(Function<ImageReader, List<LoadedImage>> read, Consumer<String> warnings) {
        PackageFiles analyzer = new PackageFiles();
        Warnings collected = new Warnings();
        List<LoadedImage> images;
        try {
            images = read.apply(new ImageReader(new LayerScanner(List.of(analyzer), entry -> false), collected));
        } finally {
            collected.all().forEach(warnings);
        }
        return images.stream().map(image -> of(image, analyzer)).toList();
    }

    private static Platform platform(String text) {
        return text == null || text.isBlank() ? null : Platform.parse(text);
    }

    public String image() {
        return image;
    }

    public Inventory inventory() {
        return inventory;
    }

    /** Where a package was found, as a report location: the file (inside an archive: {@code a.jar!/b.jar}) and its layer. */
    public Location location(Package.FoundIn where) {
        int nested = where.path().indexOf("!/");
        FileEntry file = files.get(nested < 0 ? where.path() : where.path().substring(0, nested));
        return new Location.ImagePath(image, where.path(), file == null ? -1 : file.layer(), where.layer());
    }
}
