package dev.trusty.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Just enough HTTP/1.1 for the Engine API: one connection per request (cheap on a unix socket, and it
 * keeps streamed bodies independent), Content-Length, chunked and until-close bodies, chunked uploads.
 */
final class HttpWire {
    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int MAX_LINE = 64 * 1024;

    private final EngineHost host;
    private final SSLSocketFactory tls; // null unless host is TCP with TLS

    HttpWire(EngineHost host, SSLSocketFactory tls) {
        this.host = host;
        this.tls = tls;
    }

    /** Writes a request body. */
    interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What to send after the headers (a null Body means none); {@code length} -1 sends it chunked. */
    record Body(String contentType, long length, BodyWriter writer) {
        static Body json(byte[] json) {
            return new Body("application/json", json.length, out -> out.write(json));
        }

        static Body streamed(String contentType, InputStream content) {
            return new Body(contentType, -1, content::transferTo);
        }
    }

    /** A response whose body must be read or closed; closing it closes the connection. */
    record Response(int status, String reason, Map<String, String> headers, InputStream body) implements AutoCloseable {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        byte[] readAll() throws IOException {
            try (InputStream in = body) {
                return in.readAllBytes();
            }
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }

    /** Sends one request; {@code watchdog} (may be null) gets the connection to close if time runs out. */
    Response exchange(String method, String target, Body body, Watchdog watchdog) throws IOException {
        Connection connection = open();
        if (watchdog != null) {
            watchdog.watch(connection.in);
        }
        try {
            OutputStream out = new BufferedOutputStream(connection.out, 16 * 1024);
            StringBuilder head = new StringBuilder(256)
                    .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(hostHeader()).append("\r\n")
                    .append("User-Agent: trusty\r\n")
                    .append("Connection: close\r\n");
            if (body != null) {
                head.append("Content-Type: ").append(body.contentType()).append("\r\n");
                head.append(body.length() >= 0
                        ? "Content-Length: " + body.length() + "\r\n"
                        : "Transfer-Encoding: chunked\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                if (body.length() >= 0) {
                    body.writer().writeTo(out);
                } else {
                    try (ChunkedOutputStream chunked = new ChunkedOutputStream(out)) {
                        body.writer().writeTo(chunked);
                    }
                }
            }
            out.flush();
            return readResponse(method, connection.in);
        } catch (IOException | RuntimeException e) {
            connection.in.close();
            throw e;
        }
    }

    private String hostHeader() {
        // Any name satisfies the engine on a socket; over TCP send the real authority.
        return host instanceof EngineHost.Tcp tcp ? tcp.host() + ":" + tcp.port() : "docker";
    }

    private record Connection(InputStream in, OutputStream out) {
    }

    /** Connecting failed: nothing was sent, the engine is not there (or not reachable by us). */
    static final class UnreachableException extends IOException {
        UnreachableException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private Connection open() throws UnreachableException {
        try {
            return connect();
        } catch (IOException e) {
            throw new UnreachableException(e);
        }
    }

    private Connection connect() throws IOException {
        return switch (host) {
            case EngineHost.Unix unix -> {
                SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(unix.socket()));
                yield new Connection(Channels.newInputStream(channel), Channels.newOutputStream(channel));
            }
            case EngineHost.Tcp tcp -> {
                Socket socket = new Socket();
                try {
                    socket.connect(new InetSocketAddress(tcp.host(), tcp.port()), CONNECT_TIMEOUT_MS);
                    if (tls != null) {
                        SSLSocket ssl = (SSLSocket) tls.createSocket(socket, tcp.host(), tcp.port(), true);
                        SSLParameters params = ssl.getSSLParameters();
                        params.setEndpointIdentificationAlgorithm("HTTPS");
                        ssl.setSSLParameters(params);
                        ssl.startHandshake();
                        socket = ssl;
                    }
                    yield new Connection(socket.getInputStream(), socket.getOutputStream());
                } catch (IOException | RuntimeException e) {
                    socket.close();
                    throw e;
                }
            }
        };
    }

    private static Response readResponse(String method, InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw, 16 * 1024);
        String statusLine;
        // Skip 1xx interim responses (e.g. 100 Continue).
        Map<String, String> headers;
        int status;
        String reason;
        do {
            statusLine = readLine(in);
            if (statusLine == null) {
                throw new IOException("engine closed the connection without answering");
            }
            String[] parts = statusLine.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP response from the engine: '" + statusLine + "'");
            }
            try {
                status = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("bad HTTP status line from the engine: '" + statusLine + "'");
            }
            reason = parts.length > 2 ? parts[2] : "";
            headers = readHeaders(in);
        } while (status >= 100 && status < 200);

        InputStream body;
        String transferEncoding = headers.get("transfer-encoding");
        String contentLength = headers.get("content-length");
        if (method.equals("HEAD") || status == 204 || status == 304) {
            body = new LimitedInputStream(in, 0);
        } else if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = new ChunkedInputStream(in);
        } else if (contentLength != null) {
            try {
                body = new LimitedInputStream(in, Long.parseLong(contentLength.strip()));
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length from the engine: '" + contentLength + "'");
            }
        } else {
            body = in; // until the engine closes the connection
        }
        return new Response(status, reason, headers, body);
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new HashMap<>();
        String line;
        while ((line = readLine(in)) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.merge(name, line.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        if (line == null) {
            throw new IOException("engine closed the connection in the middle of the response headers");
        }
        return headers;
    }

    /** Reads one CRLF (or LF) terminated line; null at end of stream before any byte. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.ISO_8859_1);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("line longer than " + MAX_LINE + " bytes in the engine's response");
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Chunked request body; close() writes the last chunk but leaves the connection open. */
    private static final class ChunkedOutputStream extends OutputStream {
        private final OutputStream out;

        ChunkedOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return;
            }
            out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(b, off, len);
            out.write('\r');
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
    }
}
