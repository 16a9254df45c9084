package dev.trusty.pkg;

import java.util.Locale;
import java.util.Optional;

/**
 * The operating system of a root filesystem, from {@code os-release} or a fallback file.
 * {@code id} is the os-release ID ({@code debian}, {@code alpine}, {@code rhel}...), {@code version}
 * its VERSION_ID ({@code 12}, {@code 3.20.3}, {@code 9.4}).
 */
public record Distro(String id, String version, String codename, String prettyName) {

    public static final Distro UNKNOWN = new Distro("unknown", "", "", "unknown");

    public boolean isKnown() {
        return !"unknown".equals(id);
    }

    /** The release part of the purl {@code distro} qualifier, e.g. {@code debian-12}. */
    public String purlQualifier() {
        return isKnown() ? id + (version.isEmpty() ? "" : "-" + version) : null;
    }

    /**
     * The OSV ecosystem the distro's advisories use: {@code Debian:12}, {@code Alpine:v3.20},
     * {@code AlmaLinux:9}, {@code Rocky Linux:9}; empty for distros without advisory data here.
     */
    public Optional<String> osvEcosystem() {
        String major = version.contains(".") ? version.substring(0, version.indexOf('.')) : version;
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "debian" -> Optional.of("Debian:" + (version.isEmpty() ? "sid" : major));
            case "ubuntu" -> Optional.of("Ubuntu:" + version + (isUbuntuLts(version) ? ":LTS" : ""));
            case "alpine" -> Optional.of("Alpine:v" + branch(version));
            case "almalinux" -> Optional.of("AlmaLinux:" + major);
            case "rocky" -> Optional.of("Rocky Linux:" + major);
            default -> Optional.empty();
        };
    }

    /** Ubuntu LTS releases are the April releases of even years (22.04); OSV spells them {@code Ubuntu:22.04:LTS}. */
    private static boolean isUbuntuLts(String version) {
        return version.matches("\\d*[02468]\\.04");
    }

    /** Alpine branch from a full version: 3.20.3 → 3.20. */
    private static String branch(String version) {
        String[] parts = version.split("\\.");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
    }

    /** The Debian Security Tracker names releases by codename. */
    public String debianCodename() {
        if (!codename.isEmpty()) {
            return codename;
        }
        return switch (version) {
            case "10" -> "buster";
            case "11" -> "bullseye";
            case "12" -> "bookworm";
            case "13" -> "trixie";
            default -> "sid";
        };
    }
}
