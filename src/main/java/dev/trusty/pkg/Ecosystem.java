package dev.trusty.pkg;

import dev.trusty.vuln.versions.VersionScheme;
import java.util.Optional;

/** Where a package comes from: its purl type, its OSV ecosystem name and its version ordering. */
public enum Ecosystem {
    DEBIAN("deb", "Debian", VersionScheme.DEB),
    ALPINE("apk", "Alpine", VersionScheme.APK),
    RPM("rpm", "Red Hat", VersionScheme.RPM),
    MAVEN("maven", "Maven", VersionScheme.MAVEN),
    NPM("npm", "npm", VersionScheme.NPM),
    PYPI("pypi", "PyPI", VersionScheme.PYPI),
    GO("golang", "Go", VersionScheme.GO),
    CARGO("cargo", "crates.io", VersionScheme.CARGO),
    RUBYGEMS("gem", "RubyGems", null),
    PACKAGIST("composer", "Packagist", null),
    NUGET("nuget", "NuGet", null);

    private final String purlType;
    private final String osvName;
    private final VersionScheme scheme;

    Ecosystem(String purlType, String osvName, VersionScheme scheme) {
        this.purlType = purlType;
        this.osvName = osvName;
        this.scheme = scheme;
    }

    public String purlType() {
        return purlType;
    }

    /** The OSV ecosystem for language packages; distro ecosystems add the release ({@code Debian:12}). */
    public String osvName() {
        return osvName;
    }

    /** The exact ordering, empty where Trusty has none (matching then uses explicit version lists only). */
    public Optional<VersionScheme> versionScheme() {
        return Optional.ofNullable(scheme);
    }

    public boolean isDistro() {
        return this == DEBIAN || this == ALPINE || this == RPM;
    }
}
