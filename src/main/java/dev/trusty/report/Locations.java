package dev.trusty.report;

import dev.trusty.core.Location;

/** Location questions more than one format asks. */
final class Locations {
    private Locations() {
    }

    /** The file range a location points into, if any: a file finding, or a container setting's source. */
    static Location.File sourceFile(Location location) {
        return switch (location) {
            case Location.File file -> file;
            case Location.ContainerField field -> field.source();
            case Location.ImagePath image -> null;
            case Location.Host host -> null;
        };
    }
}
