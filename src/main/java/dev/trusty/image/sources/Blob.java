package dev.trusty.image.sources;

import java.io.IOException;
import java.io.InputStream;

/** A file of an image archive or layout (manifest, config, layer), readable any number of times. */
public interface Blob {
    String name();

    long size();

    InputStream open() throws IOException;
}
