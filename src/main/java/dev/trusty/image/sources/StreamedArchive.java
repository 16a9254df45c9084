package dev.trusty.image.sources;

import dev.trusty.core.InputException;
import dev.trusty.image.layers.Compression;
import dev.trusty.image.layers.LayerReadException;
import dev.trusty.image.layers.LayerResult;
import dev.trusty.image.layers.LayerScanner;
import dev.trusty.image.layers.TarPaths;
import dev.trusty.image.layers.Warnings;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A docker save or OCI layout tar read in one forward pass. JSON documents (manifests, configs)
 * are kept in memory; every member that looks like a layer (tar, gzip or zstd by content) is
 * scanned on the spot and only its result kept, so the order of members does not matter and no
 * layer is ever buffered.
 */
final class StreamedArchive {
    private final String source;
    private final Map<String, byte[]> docs = new HashMap<>();
    private final Map<String, LayerResult> layers = new HashMap<>();
    private final Map<String, LayerReadException> failures = new HashMap<>();

    private StreamedArchive(String source) {
        this.source = source;
    }

    static StreamedArchive read(String source, InputStream stream, LayerScanner scanner, Warnings warnings) {
        StreamedArchive archive = new StreamedArchive(source);
        InputStream in = null;
        try {
            InputStream buffered = new BufferedInputStream(stream, 1 << 16);
            // Decompression (or the socket) on one core, everything else on the other.
            in = new ReadAheadInputStream(Compression.detect(buffered).decompress(buffered), 1 << 18, 8);
            TarArchiveInputStream tar = new TarArchiveInputStream(in, "UTF-8");
            TarArchiveEntry entry;
            int members = 0;
            while ((entry = tar.getNextEntry()) != null) {
                members++;
                String name = TarPaths.normalise(entry.getName());
                if (!entry.isFile() || name == null || name.isEmpty()) {
                    continue;
                }
                Counting counted = new Counting(tar);
                archive.member(name, entry.getSize(), new BufferedInputStream(counted, 1 << 16), scanner, warnings);
                counted.transferTo(OutputStream.nullOutputStream());
                if (counted.count < entry.getSize()) {
                    throw new java.io.EOFException("member " + name + " ends early");
                }
            }
            // The tar end marker may come before the end of the data: read on, so a cut-off
            // compressed stream is noticed.
            in.transferTo(OutputStream.nullOutputStream());
            if (members == 0) {
                throw new InputException(source + ": empty or not a tar archive");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(source + ": cannot read the image archive: " + describe(e), e);
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // stops the read-ahead thread; nothing to flush
                }
            }
        }
        return archive;
    }

    private void member(String name, long size, BufferedInputStream in, LayerScanner scanner, Warnings warnings)
            throws IOException {
        in.mark(1);
        int first = in.read();
        in.reset();
        if (size <= ImageReader.DOC_LIMIT && (first == '{' || first == '[' || name.endsWith(".json"))) {
            byte[] bytes = in.readAllBytes();
            Digests.verify(source, name, Digests.sha256(bytes), Digests.promisedByName(name));
            docs.put(name, bytes);
        } else if (Compression.detect(in) != Compression.NONE || Compression.looksLikeTar(in) || zeroBlock(in)) {
            try {
                layers.put(name, scanner.scan(-1, name, in, warnings));
            } catch (LayerReadException e) {
                // Judged once the manifest says whether this blob is used and what digest it should have.
                failures.put(name, e);
            }
        }
        // anything else (oci-layout, VERSION files, repositories) is not needed
    }

    /** An empty layer is just the tar end marker: zero blocks. */
    private static boolean zeroBlock(InputStream in) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        if (head.length < 512) {
            return false;
        }
        for (byte b : head) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    byte[] doc(String name) {
        return docs.get(ImageReader.TarPathsName.of(name));
    }

    LayerReadException failure(String name) {
        return failures.get(name);
    }

    LayerResult layer(String name) {
        return layers.get(name);
    }

    private static String describe(Exception e) {
        if (e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("nexpected end")) {
            return "it is truncated (unexpected end of data)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The current member's bytes, counted; closing it leaves the archive open. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }

        @Override
        public void close() {
        }
    }
}
