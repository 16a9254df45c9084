package dev.trusty.image.sources;

import dev.trusty.core.InputException;
import dev.trusty.image.layers.Compression;
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

    private StreamedArchive(String source) {
        this.source = source;
    }

    static StreamedArchive read(String source, InputStream stream, LayerScanner scanner, Warnings warnings) {
        StreamedArchive archive = new StreamedArchive(source);
        try {
            InputStream in = new BufferedInputStream(stream, 1 << 16);
            in = Compression.detect(in).decompress(in);
            TarArchiveInputStream tar = new TarArchiveInputStream(in, "UTF-8");
            TarArchiveEntry entry;
            int members = 0;
            while ((entry = tar.getNextEntry()) != null) {
                members++;
                String name = TarPaths.normalise(entry.getName());
                if (!entry.isFile() || name == null || name.isEmpty()) {
                    continue;
                }
                archive.member(name, entry.getSize(), new BufferedInputStream(new Unclosable(tar), 1 << 16),
                        scanner, warnings);
            }
            if (members == 0) {
                throw new InputException(source + ": empty or not a tar archive");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(source + ": cannot read the image archive: " + describe(e), e);
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
            layers.put(name, scanner.scan(-1, name, in, warnings));
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

    LayerResult layer(String name) {
        return layers.get(name);
    }

    private static String describe(Exception e) {
        if (e instanceof java.io.EOFException || String.valueOf(e.getMessage()).contains("nexpected end")) {
            return "it is truncated (unexpected end of data)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
