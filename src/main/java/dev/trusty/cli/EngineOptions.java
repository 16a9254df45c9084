package dev.trusty.cli;

import dev.trusty.engine.DockerEngine;
import picocli.CommandLine.Option;

/** Where the Docker engine is: {@code --host}, else DOCKER_HOST, else the local unix socket. */
public final class EngineOptions {
    @Option(names = {"-H", "--host"}, paramLabel = "URL",
            description = "Docker engine: unix:///path/docker.sock or tcp://host:port (TLS from DOCKER_CERT_PATH "
                    + "when DOCKER_TLS_VERIFY is set). Default: DOCKER_HOST, else unix:///var/run/docker.sock.")
    String host;

    DockerEngine connect() {
        return DockerEngine.connect(host);
    }
}
