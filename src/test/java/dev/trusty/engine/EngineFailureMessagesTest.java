package dev.trusty.engine;

import dev.trusty.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No engine needed: what the user sees when there is none where Trusty looks, or it misbehaves. */
class EngineFailureMessagesTest {

    @Test
    void missingSocketNamesItAndSaysHowToPointElsewhere(@TempDir Path dir) {
        Path socket = dir.resolve("docker.sock");
        Engine engine = new DockerEngine(new EngineHost.Unix(socket));

        assertThatThrownBy(engine::info)
                .isExactlyInstanceOf(InputException.class)
                .hasMessage("cannot reach the Docker engine at unix://" + socket + " (no such socket); start dockerd"
                        + " there, or point Trusty at another engine with --host or DOCKER_HOST");
    }

    @Test
    void socketFileWithNobodyListeningIsConnectionRefused(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("stale.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket)); // leaves the socket file behind after close
        }
        Engine engine = DockerEngine.connect("unix://" + socket);

        assertThatThrownBy(engine::ping)
                .isExactlyInstanceOf(InputException.class)
                .hasMessage("cannot reach the Docker engine at unix://" + socket + " (connection refused); start"
                        + " dockerd there, or point Trusty at another engine with --host or DOCKER_HOST");
    }

    @Test
    void closedTcpPortIsConnectionRefusedAndOneLine() throws Exception {
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort(); // free now, closed below: nothing listens
        }
        Engine engine = DockerEngine.connect("tcp://127.0.0.1:" + port);

        assertThatThrownBy(engine::version)
                .isExactlyInstanceOf(InputException.class)
                .hasMessageStartingWith("cannot reach the Docker engine at tcp://127.0.0.1:" + port + " (connection refused)")
                .hasMessageNotContaining("\n");
    }

    @Test
    void engineThatAcceptsButNeverAnswersTimesOutWithOneLine(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("wedged.sock");
        try (ServerSocketChannel wedged = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            wedged.bind(UnixDomainSocketAddress.of(socket)); // the kernel accepts connections; nobody answers
            Engine engine = new DockerEngine(new EngineHost.Unix(socket), Duration.ofSeconds(1));

            assertThatThrownBy(engine::ping)
                    .isExactlyInstanceOf(InputException.class)
                    .hasMessage("Docker engine at unix://" + socket + " did not answer within 1 s; check that"
                            + " dockerd is healthy (e.g. 'docker info')");
        }
    }

    @Test
    void somethingThatIsNotAnEngineIsNamedNotMistakenForADroppedConnection(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("web.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread.ofVirtual().start(() -> answerEveryRequest(server,
                    "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 15\r\n\r\n<html>hi</html>"));
            Engine engine = new DockerEngine(new EngineHost.Unix(socket));

            assertThatThrownBy(engine::info)
                    .isExactlyInstanceOf(InputException.class)
                    .hasMessageStartingWith("Docker engine at unix://" + socket
                            + ": GET /info answered with something that is not JSON (")
                    .hasMessageNotContaining("\n");
        }
    }

    /** Reads each request head and sends {@code response}, until the server is closed. */
    private static void answerEveryRequest(ServerSocketChannel server, String response) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                InputStream in = Channels.newInputStream(client);
                int matched = 0;
                byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
                for (int b; matched < end.length && (b = in.read()) >= 0; ) {
                    matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
                }
                Channels.newOutputStream(client).write(response.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                return; // server closed
            }
        }
    }
}
