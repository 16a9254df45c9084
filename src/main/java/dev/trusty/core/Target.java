package dev.trusty.core;

/** Something a run analysed: a Dockerfile, an image, a compose file, a container, the host. */
public record Target(String name, Kind kind) {

    public enum Kind {
        DOCKERFILE, IMAGE, COMPOSE, KUBERNETES, DOCKER_RUN, CONTAINER, HOST;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
