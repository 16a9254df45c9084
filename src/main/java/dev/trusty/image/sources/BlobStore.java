package dev.trusty.image.sources;

import java.io.Closeable;
import java.util.Optional;

/** Random access to the files of an image archive or OCI layout directory, by path inside it. */
interface BlobStore extends Closeable {
    Optional<Blob> find(String name);

    @Override
    void close();
}
