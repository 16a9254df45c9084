package dev.trusty.dockerfile.base;

import java.util.Locale;

/**
 * An OCI platform, {@code os/architecture[/variant]}, with the spellings engines report normalised the
 * way containerd does ({@code x86_64} is {@code amd64}, {@code aarch64} is {@code arm64}, arm64's
 * default variant {@code v8} is no variant).
 */
public record Platform(String os, String architecture, String variant) {

    public Platform {
        os = os == null ? "" : os.toLowerCase(Locale.ROOT);
        architecture = normaliseArchitecture(architecture == null ? "" : architecture.toLowerCase(Locale.ROOT));
        variant = normaliseVariant(architecture, variant == null ? "" : variant.toLowerCase(Locale.ROOT));
    }

    /**
     * Parses {@code os/arch[/variant]}, as written in {@code FROM --platform}.
     *
     * @throws IllegalArgumentException when it is not of that form
     */
    public static Platform parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()
                || (parts.length == 3 && parts[2].isEmpty())) {
            throw new IllegalArgumentException("'" + text + "' is not a platform (expected os/arch[/variant])");
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
    }

    private static String normaliseArchitecture(String arch) {
        return switch (arch) {
            case "x86_64", "x86-64", "x64" -> "amd64";
            case "aarch64" -> "arm64";
            case "i386", "i486", "i586", "i686" -> "386";
            case "armhf", "armel" -> "arm";
            default -> arch;
        };
    }

    private static String normaliseVariant(String arch, String variant) {
        String a = normaliseArchitecture(arch == null ? "" : arch.toLowerCase(Locale.ROOT));
        if (a.equals("arm64") && (variant.equals("v8") || variant.equals("8"))) {
            return "";
        }
        if (a.equals("arm") && variant.matches("[5-8]")) {
            return "v" + variant;
        }
        return variant;
    }

    /**
     * True when an image of this platform serves a build for {@code wanted}, following containerd's
     * default matcher: same OS; same architecture (a missing variant on either side matches any); an
     * amd64 build also takes 386 images, an arm64 build arm ones, and an arm/vN build arm/vM for M &lt;= N.
     */
    public boolean serves(Platform wanted) {
        if (!os.equals(wanted.os)) {
            return false;
        }
        if (architecture.equals(wanted.architecture)) {
            return variant.isEmpty() || wanted.variant.isEmpty() || variant.equals(wanted.variant)
                    || architecture.equals("arm") && armLevel(variant) <= armLevel(wanted.variant);
        }
        return wanted.architecture.equals("amd64") && architecture.equals("386")
                || wanted.architecture.equals("arm64") && architecture.equals("arm") && armLevel(variant) <= 8;
    }

    private static int armLevel(String variant) {
        return variant.matches("v[0-9]+") ? Integer.parseInt(variant.substring(1)) : 7;
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
    }
}
