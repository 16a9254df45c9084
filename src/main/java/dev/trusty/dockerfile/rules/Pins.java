package dev.trusty.dockerfile.rules;

/** Version-pin tests shared by the package rules. */
final class Pins {
    private Pins() {
    }

    /** hadolint's rpm reading: "name-version", "name-${VERSION}", a local .rpm, or a module stream "name:stream". */
    static boolean dashVersion(String pkg) {
        return pkg.contains("-") || pkg.endsWith(".rpm") || pkg.contains(":") || pkg.contains("$");
    }
}
