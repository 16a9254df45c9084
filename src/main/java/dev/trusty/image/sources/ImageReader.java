package dev.trusty.image.sources;

import dev.trusty.core.InputException;
import dev.trusty.image.layers.Compression;
import dev.trusty.image.layers.LayerReadException;
import dev.trusty.image.layers.LayerResult;
import dev.trusty.image.layers.LayerScanner;
import dev.trusty.image.layers.Warnings;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads images from wherever they are: a docker save archive (plain or gzip), an OCI layout
 * directory or tar, or a docker save stream such as the Engine API's image export.
 *
 * <p>Strategy: a plain tar file or a directory is read with random access, so the manifest is
 * read first wherever it sits and layers are scanned in parallel (one per core). A stream, or a
 * gzip-compressed archive (which cannot be seeked), is read in one pass instead: layers are
 * scanned as they go by, before the manifest may have said where they belong, and put in order
 * at the end. Nothing is spooled to disk in either case.
 */
public final class ImageReader {
    /** The largest JSON document (manifest, index, config) read into memory. */
    static final int DOC_LIMIT = 32 << 20;

    private final LayerScanner scanner;
    private final Warnings warnings;
    private final int threads;

    public ImageReader(LayerScanner scanner, Warnings warnings) {
        this(scanner, warnings, Runtime.getRuntime().availableProcessors());
    }

    public ImageReader(LayerScanner scanner, Warnings warnings, int threads) {
        this.scanner = scanner;
        this.warnings = warnings;
        this.threads = Math.max(1, threads);
    }

    /** Reads every image of an archive file or layout directory ({@code platform} may be null). */
    public List<LoadedImage> read(Path path, Platform platform) {
        String source = path.toString();
        if (Files.isDirectory(path)) {
            try (BlobStore store = new DirectoryBlobStore(path)) {
                return readStore(source, fileName(path), store, platform);
            }
        }
        if (!Files.isRegularFile(path)) {
            throw new InputException(source + ": no such file or directory");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            if (Compression.detect(in) != Compression.NONE) {
                return readStream(source, fileName(path), in, platform);
            }
        } catch (IOException e) {
            throw new InputException(source + ": cannot read: " + e.getMessage(), e);
        }
        try (BlobStore store = new TarFileBlobStore(path)) {
            return readStore(source, fileName(path), store, platform);
        }
    }

    /**
     * Reads every image of a docker save (or OCI layout) tar stream, possibly compressed, in one
     * pass. {@code source} names the stream in messages (an image name, "stdin").
     */
    public List<LoadedImage> read(InputStream stream, String source, Platform platform) {
        return readStream(source, source, stream, platform);
    }

    private List<LoadedImage> readStore(String source, String displayName, BlobStore store, Platform platform) {
        List<ImageLayout.ImageRef> refs = ImageLayout.resolve(source, name -> readDoc(source, store, name), platform);
        Map<String, Future<LayerResult>> scans = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "trusty-layer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<LoadedImage> images = new ArrayList<>();
            for (ImageLayout.ImageRef ref : refs) {
                ImageConfig config = readConfig(source, ref, name -> readDoc(source, store, name));
                for (ImageLayout.LayerRef layer : ref.layers()) {
                    Blob blob = store.find(layer.blob())
                            .orElseThrow(() -> ImageLayout.missing(source, "layer", layer.blob()));
                    scans.computeIfAbsent(blob.name(), n -> pool.submit(() -> scan(blob)));
                }
                images.add(new LoadedImage(name(displayName, ref, refs.size(), images.size()), source,
                        configDigest(source, ref, store), config, List.of(), ref.tags()));
            }
            List<LoadedImage> done = new ArrayList<>();
            for (int i = 0; i < refs.size(); i++) {
                ImageLayout.ImageRef ref = refs.get(i);
                List<LayerResult> layers = new ArrayList<>();
                for (ImageLayout.LayerRef layer : ref.layers()) {
                    LayerResult scanned;
                    try {
                        scanned = await(scans.get(TarPathsName.of(layer.blob())));
                    } catch (LayerReadException e) {
                        throw tamperedOr(source, layer, layers.size(), e);
                    }
                    layers.add(verifyLayer(source, ref, images.get(i).config(), layer, scanned, layers.size()));
                }
                LoadedImage image = images.get(i);
                done.add(new LoadedImage(image.name(), source, image.configDigest(), image.config(),
                        List.copyOf(layers), image.tags()));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    private LayerResult scan(Blob blob) throws IOException {
        try (InputStream in = blob.open()) {
            return scanner.scan(-1, blob.name(), in, warnings);
        }
    }

    private static LayerResult await(Future<LayerResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while reading layers");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new UncheckedIOException(cause instanceof IOException io ? io : new IOException(cause));
        }
    }

    private List<LoadedImage> readStream(String source, String displayName, InputStream stream, Platform platform) {
        StreamedArchive archive = StreamedArchive.read(source, stream, scanner, warnings);
        List<ImageLayout.ImageRef> refs = ImageLayout.resolve(source, archive::doc, platform);
        List<LoadedImage> images = new ArrayList<>();
        for (ImageLayout.ImageRef ref : refs) {
            ImageConfig config = readConfig(source, ref, archive::doc);
            List<LayerResult> layers = new ArrayList<>();
            for (ImageLayout.LayerRef layer : ref.layers()) {
                LayerReadException failure = archive.failure(TarPathsName.of(layer.blob()));
                if (failure != null) {
                    throw tamperedOr(source, layer, layers.size(), failure);
                }
                LayerResult scanned = archive.layer(TarPathsName.of(layer.blob()));
                if (scanned == null) {
                    throw ImageLayout.missing(source, "layer", layer.blob());
                }
                layers.add(verifyLayer(source, ref, config, layer, scanned, layers.size()));
            }
            String digest = Digests.sha256(archive.doc(ref.configBlob()));
            images.add(new LoadedImage(name(displayName, ref, refs.size(), images.size()), source, digest, config,
                    List.copyOf(layers), ref.tags()));
        }
        return images;
    }

    /** The tampering error when the unreadable blob's digest is wrong, else the read error itself. */
    private static InputException tamperedOr(String source, ImageLayout.LayerRef layer, int index, LayerReadException e) {
        if (e.blobDigest() != null) {
            Digests.verify(source, "layer " + index + " (" + layer.blob() + ")", e.blobDigest(), layer.digest(),
                    Digests.promisedByName(layer.blob()));
        }
        return new InputException(source + ": layer " + index + " " + e.getMessage(), e);
    }

    private static ImageConfig readConfig(String source, ImageLayout.ImageRef ref,
                                          java.util.function.Function<String, byte[]> docs) {
        byte[] bytes = docs.apply(ref.configBlob());
        if (bytes == null) {
            throw ImageLayout.missing(source, "image config", ref.configBlob());
        }
        Digests.verify(source, ref.configBlob(), Digests.sha256(bytes), ref.configDigest());
        ImageConfig config = ImageConfig.parse(bytes, source + ": " + ref.configBlob());
        if (!config.diffIds().isEmpty() && config.diffIds().size() != ref.layers().size()) {
            throw new InputException(source + ": the manifest lists " + ref.layers().size()
                    + " layers but the image config " + config.diffIds().size() + ": the archive is inconsistent");
        }
        return config;
    }

    private static String configDigest(String source, ImageLayout.ImageRef ref, BlobStore store) {
        return Digests.sha256(readDoc(source, store, ref.configBlob()));
    }

    /** Checks the blob against its promised digest, and an uncompressed layer against the config's diff id. */
    private static LayerResult verifyLayer(String source, ImageLayout.ImageRef ref, ImageConfig config,
                                           ImageLayout.LayerRef layer, LayerResult scanned, int index) {
        String diffId = index < config.diffIds().size() ? config.diffIds().get(index) : null;
        Digests.verify(source, "layer " + index + " (" + layer.blob() + ")", scanned.blobDigest(),
                layer.digest(), Digests.promisedByName(layer.blob()));
        if (scanned.diffId() != null) {
            Digests.verify(source, "layer " + index + " (" + layer.blob() + ")", scanned.diffId(), diffId);
        }
        return scanned.atIndex(index);
    }

    private static byte[] readDoc(String source, BlobStore store, String name) {
        Optional<Blob> blob = store.find(name);
        if (blob.isEmpty()) {
            return null;
        }
        if (blob.get().size() > DOC_LIMIT) {
            throw new InputException(source + ": " + name + " is " + (blob.get().size() >> 20)
                    + " MiB, too big for a manifest or config");
        }
        try (InputStream in = blob.get().open()) {
            byte[] bytes = in.readAllBytes();
            Digests.verify(source, name, Digests.sha256(bytes), Digests.promisedByName(name));
            return bytes;
        } catch (IOException e) {
            throw new InputException(source + ": cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static String name(String displayName, ImageLayout.ImageRef ref, int count, int position) {
        if (!ref.tags().isEmpty()) {
            return ref.tags().get(0);
        }
        return count == 1 ? displayName : displayName + "#" + (position + 1);
    }

    private static String fileName(Path path) {
        Path name = path.toAbsolutePath().normalize().getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** Blob names as the stores key them. */
    static final class TarPathsName {
        private TarPathsName() {
        }

        static String of(String name) {
            String clean = dev.trusty.image.layers.TarPaths.normalise(name);
            return clean == null ? name : clean;
        }
    }
}
