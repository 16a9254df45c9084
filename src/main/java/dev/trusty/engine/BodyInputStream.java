package dev.trusty.engine;

import java.io.IOException;
import java.io.InputStream;

/** A response body framed on top of the connection's stream; closing it closes the connection. */
abstract class BodyInputStream extends InputStream {
    protected final InputStream in;

    BodyInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public abstract int read(byte[] b, int off, int len) throws IOException;

    @Override
    public void close() throws IOException {
        in.close();
    }
}
