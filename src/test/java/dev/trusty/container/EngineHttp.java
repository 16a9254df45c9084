package dev.trusty.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.InputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The smallest Engine API GET over the unix socket, for tests only: the real client is
 * {@code dev.trusty.engine}, written elsewhere. Non-200 answers become InputExceptions, as the
 * audit expects from a client when a container disappears.
 */
final class EngineHttp {
    private EngineHttp() {
    }

    static JsonNode get(String path) {
        try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.connect(UnixDomainSocketAddress.of(Path.of("/var/run/docker.sock")));
            ch.write(ByteBuffer.wrap(("GET " + path + " HTTP/1.0\r\nHost: docker\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (ch.read(buf) >= 0) {
                buf.flip();
                out.write(buf.array(), 0, buf.limit());
                buf.clear();
            }
            String response = out.toString(StandardCharsets.UTF_8);
            int body = response.indexOf("\r\n\r\n");
            if (!response.startsWith("HTTP/1.0 200") && !response.startsWith("HTTP/1.1 200")) {
                throw new InputException("GET " + path + ": " + response.lines().findFirst().orElse(""));
            }
            return Audits.JSON.readTree(response.substring(body + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
