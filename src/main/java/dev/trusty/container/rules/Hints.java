package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;

/** The fix for one finding, spelled the way the container's own source spells it. */
final class Hints {
    private Hints() {
    }

    static String fix(ContainerSpec spec, String compose, String run, String kubernetes) {
        return switch (spec.kind()) {
            case COMPOSE -> compose;
            case DOCKER_RUN -> run;
            case KUBERNETES -> kubernetes;
            default -> "recreate the container with " + run;
        };
    }

    /** {@code message; fix: hint}, the one-line form every container finding uses. */
    static String withFix(String message, ContainerSpec spec, String compose, String run, String kubernetes) {
        return message + "; fix: " + fix(spec, compose, run, kubernetes);
    }
}
