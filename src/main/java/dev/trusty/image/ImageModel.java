package dev.trusty.image;

import dev.trusty.core.Location;
import dev.trusty.image.layers.FileEntry;
import dev.trusty.image.layers.LayeredFileSystem;
import dev.trusty.image.secrets.SecretHit;
import dev.trusty.image.secrets.SecretScanner;
import dev.trusty.image.sources.ImageConfig;
import dev.trusty.image.sources.LoadedImage;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** What image rules look at: the config, the final filesystem with its history, and the analyzers' results. */
public final class ImageModel {
    private final LoadedImage image;
    private final LayeredFileSystem fs;
    private final ImageAnalyzers analyzers;
    private Accounts accounts;

    public ImageModel(LoadedImage image, ImageAnalyzers analyzers) {
        this.image = image;
        this.fs = new LayeredFileSystem(image.layers());
        this.analyzers = analyzers;
    }

    public String name() {
        return image.name();
    }

    public LoadedImage image() {
        return image;
    }

    public ImageConfig config() {
        return image.config();
    }

    public LayeredFileSystem fs() {
        return fs;
    }

    public SecretScanner secretScanner() {
        return analyzers.secretScanner();
    }

    /** The final content of a captured file (account files, credential files), if the image has it. */
    public Optional<String> finalText(String absolutePath) {
        return fs.finalResult(analyzers.captured(), absolutePath).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public List<LayeredFileSystem.Located<byte[]>> capturedFiles() {
        return fs.results(analyzers.captured());
    }

    public List<LayeredFileSystem.Located<List<SecretHit>>> secretFiles() {
        return fs.results(analyzers.secrets());
    }

    /** Users and groups of the final image, from /etc/passwd and /etc/group. */
    public Accounts accounts() {
        if (accounts == null) {
            accounts = Accounts.parse(finalText("/etc/passwd").orElse(null), finalText("/etc/group").orElse(null));
        }
        return accounts;
    }

    public Location at(FileEntry entry) {
        return new Location.ImagePath(name(), entry.absolutePath(), entry.layer(), layerDigest(entry.layer()));
    }

    public Location atLayer(int layer, String what) {
        return new Location.ImagePath(name(), what, layer, layerDigest(layer));
    }

    public Location configField(String field) {
        return Location.ImagePath.config(name(), field);
    }

    public String layerDigest(int layer) {
        return layer >= 0 && layer < image.layers().size() ? image.layers().get(layer).blobDigest() : null;
    }

    /** "removed in layer 3" / "" — for messages about files that are gone from the final image. */
    public static String fate(int removedIn) {
        return removedIn < 0 ? "" : " (deleted in layer " + removedIn + ", but still in the image's layer data)";
    }
}
