package dev.trusty.image.sources;

import dev.trusty.image.layers.TarPaths;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** An OCI image layout (or an unpacked docker save) on disk. */
final class DirectoryBlobStore implements BlobStore {
    private final Path root;

    DirectoryBlobStore(Path root) {
        this.root = root;
    }

    @Override
    public Optional<Blob> find(String name) {
        String clean = TarPaths.normalise(name);
        if (clean == null || clean.isEmpty()) {
            return Optional.empty();
        }
        Path file = root.resolve(clean);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new Blob() {
            @Override
            public String name() {
                return clean;
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        });
    }

    @Override
    public void close() {
    }
}
