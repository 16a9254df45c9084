package dev.trusty.image.sources;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadInputStreamTest {

    @Test
    void deliversExactlyTheSourceBytes() throws IOException {
        byte[] data = new byte[1_000_003];
        new Random(7).nextBytes(data);
        try (InputStream in = new ReadAheadInputStream(new ByteArrayInputStream(data), 4096, 3)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
            assertThat(in.read()).isEqualTo(-1);
        }
        try (InputStream empty = new ReadAheadInputStream(InputStream.nullInputStream(), 4096, 3)) {
            assertThat(empty.read()).isEqualTo(-1);
        }
    }

    @Test
    void rethrowsTheSourcesErrorAfterTheBytesBeforeIt() throws IOException {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[10_000]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new EOFException("Unexpected end of ZLIB input stream");
            }
        });
        try (InputStream in = new ReadAheadInputStream(failing, 1024, 2)) {
            assertThat(in.readNBytes(9_000)).hasSize(9_000);
            assertThatThrownBy(in::readAllBytes).isInstanceOf(EOFException.class).hasMessageContaining("Unexpected end");
        }
    }

    @Test
    void closingEarlyStopsTheReader() throws Exception {
        ReadAheadInputStream in = new ReadAheadInputStream(new InputStream() {
            @Override
            public int read() {
                return 1; // endless
            }
        }, 1024, 2);
        assertThat(in.read()).isEqualTo(1);
        in.close();
        for (int i = 0; i < 50 && in.readerAlive(); i++) {
            Thread.sleep(100);
        }
        assertThat(in.readerAlive()).isFalse();
    }
}
