package dev.trusty.image.sources;

import dev.trusty.core.InputException;

import java.util.Locale;

/** An OS/architecture pair such as {@code linux/arm64/v8}, as in OCI indexes and {@code --platform}. */
public record Platform(String os, String architecture, String variant) {

    public static Platform parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/");
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new InputException("--platform '" + text + "': expected os/arch[/variant], e.g. linux/amd64 or linux/arm64/v8");
        }
        return new Platform(parts[0], normaliseArch(parts[1]), parts.length == 3 ? parts[2] : null);
    }

    /** The platform of the machine Trusty runs on, the one the engine would pick. */
    public static Platform host() {
        return new Platform("linux", normaliseArch(System.getProperty("os.arch", "amd64")), null);
    }

    private static String normaliseArch(String arch) {
        return switch (arch) {
            case "x86_64", "x86-64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> arch;
        };
    }

    /** True when {@code other} satisfies this request (a request without variant accepts any variant). */
    public boolean accepts(Platform other) {
        return os.equals(other.os) && architecture.equals(normaliseArch(other.architecture))
                && (variant == null || variant.equals(other.variant));
    }

    @Override
    public String toString() {
        return os + "/" + architecture + (variant == null ? "" : "/" + variant);
    }
}
