package dev.trusty.image.sources;

import dev.trusty.core.InputException;
import dev.trusty.image.layers.TarPaths;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An uncompressed tar archive on disk, read twice: once for the headers (the reader seeks over
 * the content, so this costs no decompression and no copying), then each member is read from its
 * offset. That is what lets manifest.json come after the layers without buffering anything, and
 * lets several layers be read at once (positional reads on one channel are thread-safe).
 */
final class TarFileBlobStore implements BlobStore {
    private final FileChannel channel;
    private final Map<String, long[]> members = new HashMap<>();

    TarFileBlobStore(Path archive) {
        try (TarFile tar = new TarFile(archive, "UTF-8")) {
            for (TarArchiveEntry e : tar.getEntries()) {
                String name = TarPaths.normalise(e.getName());
                if (e.isFile() && !e.isSparse() && name != null) {
                    members.put(name, new long[] {e.getDataOffset(), e.getSize()});
                }
            }
            channel = FileChannel.open(archive, StandardOpenOption.READ);
        } catch (IOException | RuntimeException e) {
            throw new InputException(archive + ": not a readable tar archive: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Blob> find(String name) {
        String clean = TarPaths.normalise(name);
        long[] at = clean == null ? null : members.get(clean);
        if (at == null) {
            return Optional.empty();
        }
        return Optional.of(new Blob() {
            @Override
            public String name() {
                return clean;
            }

            @Override
            public long size() {
                return at[1];
            }

            @Override
            public InputStream open() {
                return new SliceInputStream(channel, at[0], at[1]);
            }
        });
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // read-only: nothing to flush
        }
    }

    /** A byte range of the archive, read with positional reads so that threads do not share a cursor. */
    private static final class SliceInputStream extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        SliceInputStream(FileChannel channel, long start, long length) {
            this.channel = channel;
            this.position = start;
            this.end = start + length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= end) {
                return -1;
            }
            int n = (int) Math.min(len, end - position);
            int read = channel.read(ByteBuffer.wrap(b, off, n), position);
            if (read < 0) {
                throw new java.io.EOFException("archive ends inside a member");
            }
            position += read;
            return read;
        }

        @Override
        public long skip(long n) {
            long skipped = Math.max(0, Math.min(n, end - position));
            position += skipped;
            return skipped;
        }
    }
}
