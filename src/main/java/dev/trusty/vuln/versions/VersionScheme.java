package dev.trusty.vuln.versions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The version orderings Trusty knows, by the short names users type ({@code vercmp --scheme}). */
public enum VersionScheme {
    DEB(DpkgVersion.INSTANCE),
    APK(ApkVersion.INSTANCE),
    RPM(RpmVersion.INSTANCE),
    MAVEN(MavenVersion.INSTANCE),
    NPM(SemVer.STRICT),
    PYPI(Pep440Version.INSTANCE),
    GO(SemVer.GO),
    CARGO(SemVer.STRICT);

    private final VersionComparator comparator;

    VersionScheme(VersionComparator comparator) {
        this.comparator = comparator;
    }

    public VersionComparator comparator() {
        return comparator;
    }

    public int compare(String a, String b) {
        return comparator.compare(a, b);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VersionScheme> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "deb", "dpkg", "debian" -> Optional.of(DEB);
            case "apk", "alpine" -> Optional.of(APK);
            case "rpm" -> Optional.of(RPM);
            case "maven" -> Optional.of(MAVEN);
            case "npm", "semver" -> Optional.of(NPM);
            case "pypi", "pep440", "python" -> Optional.of(PYPI);
            case "go", "golang" -> Optional.of(GO);
            case "cargo", "crates.io", "rust" -> Optional.of(CARGO);
            default -> Optional.empty();
        };
    }

    public static String names() {
        return Arrays.stream(values()).map(VersionScheme::label).collect(Collectors.joining(", "));
    }

    /**
     * The ordering of an OSV ecosystem ({@code Debian:12}, {@code Alpine:v3.20}, {@code PyPI},
     * {@code AlmaLinux:9}...), or empty for ecosystems without an exact comparator here.
     */
    public static Optional<VersionScheme> forEcosystem(String ecosystem) {
        String base = ecosystem.contains(":") ? ecosystem.substring(0, ecosystem.indexOf(':')) : ecosystem;
        return switch (base) {
            case "Debian", "Ubuntu" -> Optional.of(DEB);
            case "Alpine", "Wolfi", "Chainguard" -> Optional.of(APK);
            case "Red Hat", "AlmaLinux", "Rocky Linux", "openSUSE", "SUSE", "Mageia", "openEuler" -> Optional.of(RPM);
            case "Maven" -> Optional.of(MAVEN);
            case "npm" -> Optional.of(NPM);
            case "PyPI" -> Optional.of(PYPI);
            case "Go" -> Optional.of(GO);
            case "crates.io" -> Optional.of(CARGO);
            default -> Optional.empty();
        };
    }
}
