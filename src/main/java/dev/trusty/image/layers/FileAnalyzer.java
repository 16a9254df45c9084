package dev.trusty.image.layers;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the content of the files it selects, layer by layer. Called from the thread that scans a
 * layer, possibly for several layers at once, so implementations keep no mutable shared state.
 *
 * @param <R> what it learns from one file
 */
public interface FileAnalyzer<R> {

    FileSelector selector();

    /**
     * Reads one selected file. {@code content} is positioned at the file's first byte and ends
     * with it; the analyzer may stop reading early. Returns null when there is nothing to keep.
     */
    R analyze(FileEntry entry, InputStream content, Warnings warnings) throws IOException;

    /**
     * Files larger than this are judged from their entry alone: the analyzer reads none of their
     * content (it may still warn). Lets the scanner hand a big file's stream to the one analyzer
     * that reads it instead of buffering it for several.
     */
    default long readsNothingAbove() {
        return Long.MAX_VALUE;
    }
}
