package dev.trusty.image.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads its source on a thread of its own, a few chunks ahead of the consumer, so a stream that
 * cannot be split by layers (a gzip-compressed archive, the engine's export) still uses two
 * cores: one decompresses (or waits on the socket) while the other scans. Memory is bounded by
 * {@code depth} chunks. Errors of the source are rethrown to the consumer as they were.
 */
final class ReadAheadInputStream extends InputStream {
    private static final Object END = new Object();

    private final BlockingQueue<Object> chunks;
    private final Thread reader;
    private volatile boolean closed;
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    ReadAheadInputStream(InputStream source, int chunkSize, int depth) {
        chunks = new ArrayBlockingQueue<>(depth);
        reader = new Thread(() -> pump(source, chunkSize), "trusty-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    private void pump(InputStream source, int chunkSize) {
        try (source) {
            while (!closed) {
                byte[] chunk = source.readNBytes(chunkSize);
                if (chunk.length > 0) {
                    put(chunk);
                }
                if (chunk.length < chunkSize) {
                    put(END); // readNBytes returns a short chunk only at the end
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            put(e);
        }
    }

    private void put(Object item) {
        try {
            while (!closed && !chunks.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy: wait, unless it closed the stream
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended) {
                return -1;
            }
            Object next;
            try {
                next = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the image");
            }
            if (next == END) {
                ended = true;
            } else if (next instanceof IOException e) {
                throw e;
            } else if (next instanceof RuntimeException e) {
                throw e;
            } else {
                current = (byte[]) next;
                position = 0;
            }
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    /** For tests: whether the reading thread still runs. */
    boolean readerAlive() {
        return reader.isAlive();
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        chunks.clear();
    }
}
