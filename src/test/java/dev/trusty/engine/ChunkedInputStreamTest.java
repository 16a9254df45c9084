package dev.trusty.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ChunkedInputStreamTest {

    private static InputStream chunked(String wire) {
        return new ChunkedInputStream(new ByteArrayInputStream(wire.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void decodesChunksWithExtensionsAndTrailers() throws IOException {
        InputStream in = chunked("4\r\nWiki\r\n6;name=value\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\nX-Trailer: 1\r\n\r\n");

        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("Wikipedia in \r\n\r\nchunks.");
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void returnsEachChunkWithoutWaitingForTheNext() throws Exception {
        // The engine's event feed: one chunk per event, then silence. A read must return the first event
        // while the connection stays open.
        PipedOutputStream engine = new PipedOutputStream();
        InputStream in = new ChunkedInputStream(new PipedInputStream(engine, 1024));
        engine.write("5\r\nhello\r\n".getBytes(StandardCharsets.ISO_8859_1));
        engine.flush();

        byte[] buffer = new byte[100];
        int n = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> in.read(buffer));

        assertThat(new String(buffer, 0, n, StandardCharsets.ISO_8859_1)).isEqualTo("hello");
        engine.close();
    }

    @Test
    void truncatedBodyIsAnErrorNotASilentEnd() {
        assertThatThrownBy(() -> chunked("a\r\nonly5").readAllBytes())
                .isInstanceOf(EOFException.class).hasMessageContaining("in the middle of a chunk");
        assertThatThrownBy(() -> chunked("3\r\nabc\r\n").readAllBytes())
                .isInstanceOf(EOFException.class).hasMessageContaining("before the last chunk");
    }

    @Test
    void malformedFramingIsReported() {
        assertThatThrownBy(() -> chunked("zz\r\nabc\r\n0\r\n\r\n").readAllBytes())
                .isInstanceOf(IOException.class).hasMessage("bad chunk size from engine: 'zz'");
        assertThatThrownBy(() -> chunked("3\r\nabcX\r\n0\r\n\r\n").readAllBytes())
                .isInstanceOf(IOException.class).hasMessageContaining("without its closing CRLF");
    }
}
