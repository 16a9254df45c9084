package dev.trusty.container;

import dev.trusty.core.Location;

/**
 * An environment variable. {@code value} is null when it is taken from elsewhere (the caller's
 * environment, a Kubernetes secretKeyRef); it is kept only for secret detection and never printed.
 */
public record EnvVar(String name, String value, Location.ContainerField at) {

    @Override
    public String toString() {
        return "EnvVar[" + name + "=" + (value == null ? "(unset)" : "***") + " at " + at.describe() + "]";
    }
}
