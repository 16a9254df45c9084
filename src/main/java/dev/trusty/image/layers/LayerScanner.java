package dev.trusty.image.layers;

import dev.trusty.core.InputException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One streaming pass over a layer blob: headers go through the selectors, selected files are read
 * by their analyzers straight from the tar stream, everything else is skipped unread. Memory use
 * does not depend on the layer's size, only on its number of files (a hash per path) and on what
 * the analyzers keep.
 */
public final class LayerScanner {
    private static final int OWNER_EXAMPLES = 5;
    /** Files several analyzers want are read once into memory, up to this size. */
    private static final int SHARED_BUFFER_LIMIT = 16 << 20;

    private final List<FileAnalyzer<?>> analyzers;
    private final Predicate<FileEntry> notable;

    public LayerScanner(List<? extends FileAnalyzer<?>> analyzers, Predicate<FileEntry> notable) {
        this.analyzers = List.copyOf(analyzers);
        this.notable = notable;
    }

    /**
     * Scans a layer blob (tar, gzip or zstd, told by content). {@code source} names the blob in
     * messages. A blob that cannot be read to its end is an {@link InputException}; one odd entry
     * is a warning.
     */
    public LayerResult scan(int index, String source, InputStream blob, Warnings warnings) {
        MessageDigest sha256 = sha256();
        InputStream raw = new BufferedInputStream(new DigestInputStream(blob, sha256), Compression.BUFFER);
        try {
            Compression compression = Compression.detect(raw);
            InputStream tarBytes = compression.decompress(raw);
            Builder layer = new Builder(index);
            TarArchiveInputStream tar = new TarArchiveInputStream(tarBytes, "UTF-8");
            TarArchiveEntry header;
            while ((header = tar.getNextEntry()) != null) {
                layer.add(header, tar, source, warnings);
            }
            long total = layer.bytes;
            // Read to the very end: trailing blocks and the compressed stream's end are part of the digest.
            total += tarBytes.transferTo(OutputSink.INSTANCE);
            raw.transferTo(OutputSink.INSTANCE);
            String digest = "sha256:" + HexFormat.of().formatHex(sha256.digest());
            return layer.build(digest, compression == Compression.NONE ? digest : null, compression, total);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie && !(e instanceof LayerReadException)) {
                throw ie;
            }
            // Finish the digest: a blob that fails to decompress may simply have been altered,
            // and "tampered" is the more useful message when its digest says so.
            String digest = drainedDigest(raw, sha256);
            throw new LayerReadException(source + ": cannot read this layer: " + describe(e), digest, e);
        } finally {
            try {
                raw.close();
            } catch (IOException ignored) {
                // read-only input: nothing to lose
            }
        }
    }

    private static String drainedDigest(InputStream raw, MessageDigest sha256) {
        try {
            raw.transferTo(OutputSink.INSTANCE);
            return "sha256:" + HexFormat.of().formatHex(sha256.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (e instanceof java.io.EOFException || (message != null && message.contains("Unexpected end"))) {
            return "it is truncated (unexpected end of data)";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private final class Builder {
        final int index;
        final PathSet paths = new PathSet();
        final PathSet nonDirectories = new PathSet();
        final Set<String> whiteouts = new HashSet<>();
        final Set<String> opaqueDirs = new HashSet<>();
        final List<FileEntry> notableEntries = new ArrayList<>();
        final Map<LayerResult.Owner, int[]> ownerCounts = new HashMap<>();
        final Map<LayerResult.Owner, List<FileEntry>> ownerExamples = new HashMap<>();
        final List<FileResult<?>> results = new ArrayList<>();
        int entries;
        long bytes;

        Builder(int index) {
            this.index = index;
        }

        void add(TarArchiveEntry header, TarArchiveInputStream tar, String source, Warnings warnings)
                throws IOException {
            if (header.isGlobalPaxHeader()) {
                return;
            }
            bytes += 512 + ((header.getSize() + 511) / 512) * 512;
            String path = TarPaths.normalise(header.getName());
            if (path == null) {
                warnings.add("entries outside the image root",
                        where(source) + ": entry '" + TarPaths.printable(header.getName())
                                + "' points outside the image root; ignored (nothing is ever extracted)");
                return;
            }
            String base = path.substring(path.lastIndexOf('/') + 1);
            if (base.startsWith(".wh.")) {
                String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
                if (base.equals(".wh..wh..opq")) {
                    opaqueDirs.add(parent);
                } else if (!base.startsWith(".wh..wh.")) {
                    whiteouts.add(parent.isEmpty() ? base.substring(4) : parent + "/" + base.substring(4));
                }
                return;
            }
            if (path.isEmpty()) {
                return;
            }
            FileEntry entry = toEntry(path, header);
            entries++;
            paths.add(path);
            if (!entry.isDirectory()) {
                nonDirectories.add(path);
            }
            if (entry.uid() != 0 || entry.gid() != 0) {
                LayerResult.Owner owner = new LayerResult.Owner(entry.uid(), entry.gid());
                ownerCounts.computeIfAbsent(owner, o -> new int[1])[0]++;
                List<FileEntry> examples = ownerExamples.computeIfAbsent(owner, o -> new ArrayList<>());
                if (examples.size() < OWNER_EXAMPLES) {
                    examples.add(entry);
                }
            }
            if (notable.test(entry)) {
                notableEntries.add(entry);
            }
            analyse(entry, tar, source, warnings);
        }

        private void analyse(FileEntry entry, InputStream tar, String source, Warnings warnings) throws IOException {
            List<FileAnalyzer<?>> wanting = null;
            for (FileAnalyzer<?> analyzer : analyzers) {
                if (analyzer.selector().matches(entry)) {
                    if (wanting == null) {
                        wanting = new ArrayList<>(2);
                    }
                    wanting.add(analyzer);
                }
            }
            if (wanting == null) {
                return;
            }
            if (wanting.size() > 1 && entry.isRegularFile()) {
                // analyzers that will not read a file this big get an empty stream, the others share the content
                List<FileAnalyzer<?>> readers = new ArrayList<>(wanting.size());
                for (FileAnalyzer<?> analyzer : wanting) {
                    if (entry.size() > analyzer.readsNothingAbove()) {
                        run(analyzer, entry, InputStream.nullInputStream(), source, warnings);
                    } else {
                        readers.add(analyzer);
                    }
                }
                if (readers.isEmpty()) {
                    return;
                }
                wanting = readers;
            }
            if (wanting.size() == 1 || !entry.isRegularFile()) {
                run(wanting.get(0), entry, new EntryStream(tar), source, warnings);
                for (int i = 1; i < wanting.size(); i++) {
                    run(wanting.get(i), entry, InputStream.nullInputStream(), source, warnings);
                }
                return;
            }
            if (entry.size() > SHARED_BUFFER_LIMIT) {
                warnings.add("large files read by one check only", where(source) + ": "
                        + entry.absolutePath() + " is " + (entry.size() >> 20) + " MiB; only the first check reads it");
                run(wanting.get(0), entry, new EntryStream(tar), source, warnings);
                return;
            }
            byte[] content = tar.readAllBytes();
            for (FileAnalyzer<?> analyzer : wanting) {
                run(analyzer, entry, new ByteArrayInputStream(content), source, warnings);
            }
        }

        private <R> void run(FileAnalyzer<R> analyzer, FileEntry entry, InputStream content, String source,
                             Warnings warnings) throws IOException {
            R value;
            try {
                value = analyzer.analyze(entry, content, warnings);
            } catch (UnreadableFileException e) {
                warnings.add("unreadable files", where(source) + ": " + entry.absolutePath()
                        + " could not be checked: " + e.getMessage());
                return;
            }
            if (value != null) {
                results.add(new FileResult<>(analyzer, entry, value));
            }
        }

        private FileEntry toEntry(String path, TarArchiveEntry h) {
            FileEntry.Type type;
            if (h.isDirectory()) {
                type = FileEntry.Type.DIRECTORY;
            } else if (h.isSymbolicLink()) {
                type = FileEntry.Type.SYMLINK;
            } else if (h.isLink()) {
                type = FileEntry.Type.HARDLINK;
            } else if (h.isCharacterDevice()) {
                type = FileEntry.Type.CHAR_DEVICE;
            } else if (h.isBlockDevice()) {
                type = FileEntry.Type.BLOCK_DEVICE;
            } else if (h.isFIFO()) {
                type = FileEntry.Type.FIFO;
            } else {
                type = FileEntry.Type.FILE;
            }
            String link = type == FileEntry.Type.HARDLINK ? TarPaths.normalise(h.getLinkName())
                    : type == FileEntry.Type.SYMLINK ? h.getLinkName() : null;
            long size = type == FileEntry.Type.FILE ? h.getSize() : 0;
            return new FileEntry(path, type, h.getMode() & 07777, h.getLongUserId(), h.getLongGroupId(), size, link, index);
        }

        /** The blob, and its position when known (a streamed blob may come before the manifest). */
        String where(String source) {
            return index >= 0 ? source + " (layer " + index + ")" : source;
        }

        LayerResult build(String digest, String diffId, Compression compression, long total) {
            Map<LayerResult.Owner, LayerResult.OwnerGroup> owners = new HashMap<>();
            ownerCounts.forEach((owner, n) -> owners.put(owner,
                    new LayerResult.OwnerGroup(n[0], List.copyOf(ownerExamples.get(owner)))));
            return new LayerResult(index, digest, diffId, compression, total, entries, paths, nonDirectories,
                    Set.copyOf(whiteouts), Set.copyOf(opaqueDirs), List.copyOf(notableEntries), Map.copyOf(owners),
                    List.copyOf(results));
        }
    }

    /** The current tar entry's bytes; closing it does not close the tar stream. */
    private static final class EntryStream extends FilterInputStream {
        EntryStream(InputStream tar) {
            super(tar);
        }

        @Override
        public void close() {
            // the tar stream moves on to the next entry by itself
        }
    }

    /** Discards bytes; {@link InputStream#transferTo} needs an OutputStream. */
    private static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
