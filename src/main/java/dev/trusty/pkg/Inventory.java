package dev.trusty.pkg;

import java.util.List;

/** What is installed in a root filesystem or image: its distro, its packages, and what could not be read. */
public record Inventory(Distro distro, List<Package> packages, List<String> warnings) {

    public Inventory {
        packages = List.copyOf(packages);
        warnings = List.copyOf(warnings);
    }
}
