package dev.trusty.engine;

import dev.trusty.core.InputException;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the engine listens: a unix socket, or TCP with optional TLS.
 * Resolved like the docker CLI does: {@code --host}, else {@code DOCKER_HOST}, else the default socket;
 * TLS when {@code DOCKER_TLS_VERIFY} is set, with ca.pem/cert.pem/key.pem from {@code DOCKER_CERT_PATH}
 * (default {@code ~/.docker}).
 */
public sealed interface EngineHost {
    String DEFAULT_SOCKET = "/var/run/docker.sock";

    /** The address as the user would write it, for messages. */
    String display();

    record Unix(Path socket) implements EngineHost {
        @Override
        public String display() {
            return "unix://" + socket;
        }
    }

    /** {@code tlsCertDir} is null for plain TCP. */
    record Tcp(String host, int port, Path tlsCertDir) implements EngineHost {
        public boolean tls() {
            return tlsCertDir != null;
        }

        @Override
        public String display() {
            return (tls() ? "tcp+tls://" : "tcp://") + host + ":" + port;
        }
    }

    /** Resolves from the process environment. */
    static EngineHost resolve(String hostOption) {
        return resolve(hostOption, System.getenv(), System.getProperty("user.home"));
    }

    /**
     * @param hostOption the {@code --host} value, or null
     * @param env        environment variables (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH)
     */
    static EngineHost resolve(String hostOption, Map<String, String> env, String userHome) {
        String source = hostOption != null && !hostOption.isBlank() ? "--host" : "DOCKER_HOST";
        String value = hostOption != null && !hostOption.isBlank() ? hostOption : env.get("DOCKER_HOST");
        if (value == null || value.isBlank()) {
            return new Unix(Path.of(DEFAULT_SOCKET));
        }
        value = value.strip();
        if (value.startsWith("unix://")) {
            String path = value.substring("unix://".length());
            if (path.isEmpty()) {
                throw new InputException(source + " " + value + ": no socket path after unix://");
            }
            return new Unix(Path.of(path));
        }
        if (value.startsWith("tcp://")) {
            boolean tls = notEmpty(env.get("DOCKER_TLS_VERIFY"));
            Path certDir = null;
            if (tls) {
                String certPath = env.get("DOCKER_CERT_PATH");
                certDir = notEmpty(certPath) ? Path.of(certPath) : Path.of(userHome, ".docker");
            }
            return parseTcp(source, value, certDir);
        }
        throw new InputException(source + " " + value
                + ": unsupported address, use unix:///path/to/docker.sock or tcp://host:port");
    }

    private static Tcp parseTcp(String source, String value, Path certDir) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new InputException(source + " " + value + ": not a valid address (" + e.getMessage() + ")");
        }
        if (uri.getHost() == null) {
            throw new InputException(source + " " + value + ": no host name, expected tcp://host:port");
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new InputException(source + " " + value + ": a path prefix is not supported, expected tcp://host:port");
        }
        // Docker's conventional ports: 2376 with TLS, 2375 without.
        int port = uri.getPort() >= 0 ? uri.getPort() : certDir != null ? 2376 : 2375;
        return new Tcp(uri.getHost(), port, certDir);
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
