package dev.trusty.container;

import dev.trusty.core.Location;

import java.util.Objects;

/** One value of a container setting and where it was set (compose line, argv position, manifest path, inspect field). */
public record Setting<T>(T value, Location.ContainerField at) {

    public Setting {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }

    public static <T> Setting<T> of(T value, Location.ContainerField at) {
        return new Setting<>(value, at);
    }
}
