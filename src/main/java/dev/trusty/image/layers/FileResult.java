package dev.trusty.image.layers;

/** What an analyzer learnt from one file of one layer. */
public record FileResult<R>(FileAnalyzer<R> analyzer, FileEntry entry, R value) {

    FileResult<R> inLayer(int layer) {
        return new FileResult<>(analyzer, entry.inLayer(layer), value);
    }
}
