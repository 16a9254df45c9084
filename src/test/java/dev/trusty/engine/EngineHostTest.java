package dev.trusty.engine;

import dev.trusty.core.InputException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineHostTest {
    private static final String HOME = "/home/alice";

    @Test
    void defaultsToTheStandardSocket() {
        assertThat(EngineHost.resolve(null, Map.of(), HOME)).isEqualTo(new EngineHost.Unix(Path.of("/var/run/docker.sock")));
    }

    @Test
    void hostOptionWinsOverDockerHost() {
        EngineHost host = EngineHost.resolve("unix:///run/user/1000/docker.sock",
                Map.of("DOCKER_HOST", "tcp://remote:2375"), HOME);

        assertThat(host).isEqualTo(new EngineHost.Unix(Path.of("/run/user/1000/docker.sock")));
        assertThat(host.display()).isEqualTo("unix:///run/user/1000/docker.sock");
    }

    @Test
    void plainTcpFromDockerHostDefaultsToPort2375() {
        EngineHost host = EngineHost.resolve(null, Map.of("DOCKER_HOST", "tcp://build-box"), HOME);

        assertThat(host).isEqualTo(new EngineHost.Tcp("build-box", 2375, null));
        assertThat(host.display()).isEqualTo("tcp://build-box:2375");
    }

    @Test
    void tlsVerifyUsesTheCertPathAndPort2376() {
        EngineHost host = EngineHost.resolve("tcp://10.0.0.5",
                Map.of("DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", "/etc/docker-certs"), HOME);

        assertThat(host).isEqualTo(new EngineHost.Tcp("10.0.0.5", 2376, Path.of("/etc/docker-certs")));
        assertThat(host.display()).isEqualTo("tcp+tls://10.0.0.5:2376");
    }

    @Test
    void tlsCertPathDefaultsToDotDockerInHome() {
        EngineHost host = EngineHost.resolve("tcp://engine:12376", Map.of("DOCKER_TLS_VERIFY", "1"), HOME);

        assertThat(host).isEqualTo(new EngineHost.Tcp("engine", 12376, Path.of(HOME, ".docker")));
    }

    @Test
    void emptyTlsVerifyMeansNoTls() {
        // docker CLI semantics: DOCKER_TLS_VERIFY= (empty) disables verification
        assertThat(EngineHost.resolve("tcp://engine:2375", Map.of("DOCKER_TLS_VERIFY", ""), HOME))
                .isEqualTo(new EngineHost.Tcp("engine", 2375, null));
    }

    @Test
    void unsupportedSchemesAreOneLineInputErrorsNamingTheSource() {
        assertThatThrownBy(() -> EngineHost.resolve(null, Map.of("DOCKER_HOST", "ssh://me@box"), HOME))
                .isInstanceOf(InputException.class)
                .hasMessage("DOCKER_HOST ssh://me@box: unsupported address, use unix:///path/to/docker.sock or tcp://host:port");
        assertThatThrownBy(() -> EngineHost.resolve("unix://", Map.of(), HOME))
                .isInstanceOf(InputException.class)
                .hasMessage("--host unix://: no socket path after unix://");
        assertThatThrownBy(() -> EngineHost.resolve("tcp://box:2375/prefix", Map.of(), HOME))
                .isInstanceOf(InputException.class)
                .hasMessage("--host tcp://box:2375/prefix: a path prefix is not supported, expected tcp://host:port");
        assertThatThrownBy(() -> EngineHost.resolve("tcp://", Map.of(), HOME))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("--host tcp://: ");
    }
}
