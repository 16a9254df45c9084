package dev.trusty.image.layers;

import java.io.IOException;

/**
 * Thrown by an analyzer when one file's content makes no sense to it (bad JSON in a config file,
 * say): the file is skipped with a warning, and the rest of the image is still checked.
 */
public class UnreadableFileException extends IOException {
    public UnreadableFileException(String message) {
        super(message);
    }
}
