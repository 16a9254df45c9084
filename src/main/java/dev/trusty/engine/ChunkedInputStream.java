package dev.trusty.engine;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes an HTTP/1.1 chunked body as it arrives. A read returns at most what is left of the current
 * chunk, so a caller sees each event or tar block as soon as the engine sends it.
 */
final class ChunkedInputStream extends BodyInputStream {
    private long remainingInChunk;
    private boolean done;

    ChunkedInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!startChunkIfNeeded()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, remainingInChunk));
        if (n < 0) {
            throw new EOFException("engine closed the connection in the middle of a chunk");
        }
        remainingInChunk -= n;
        if (remainingInChunk == 0) {
            expectLineEnd();
        }
        return n;
    }

    @Override
    public int available() throws IOException {
        return done ? 0 : (int) Math.min(remainingInChunk, in.available());
    }

    /** Returns false at the terminating zero-size chunk. */
    private boolean startChunkIfNeeded() throws IOException {
        if (done) {
            return false;
        }
        if (remainingInChunk > 0) {
            return true;
        }
        String line = HttpWire.readLine(in);
        if (line == null) {
            throw new EOFException("engine closed the connection before the last chunk");
        }
        int semicolon = line.indexOf(';'); // chunk extensions are allowed and ignored
        String hex = (semicolon >= 0 ? line.substring(0, semicolon) : line).strip();
        try {
            remainingInChunk = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            throw new IOException("bad chunk size from engine: '" + line + "'");
        }
        if (remainingInChunk < 0) {
            throw new IOException("bad chunk size from engine: '" + line + "'");
        }
        if (remainingInChunk == 0) {
            // Trailer fields up to an empty line.
            String trailer;
            do {
                trailer = HttpWire.readLine(in);
            } while (trailer != null && !trailer.isEmpty());
            done = true;
            return false;
        }
        return true;
    }

    private void expectLineEnd() throws IOException {
        String rest = HttpWire.readLine(in);
        if (rest == null || !rest.isEmpty()) {
            throw new IOException("engine sent a chunk without its closing CRLF");
        }
    }
}
