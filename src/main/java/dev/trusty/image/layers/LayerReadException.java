package dev.trusty.image.layers;

import dev.trusty.core.InputException;

/** A layer blob that could not be read to its end, with the digest of its raw bytes when they could be read. */
public class LayerReadException extends InputException {
    private final String blobDigest;

    public LayerReadException(String message, String blobDigest, Throwable cause) {
        super(message, cause);
        this.blobDigest = blobDigest;
    }

    /** sha256 of the whole raw blob, or null when even the raw bytes could not be read. */
    public String blobDigest() {
        return blobDigest;
    }
}
