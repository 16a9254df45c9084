package dev.trusty.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifies the distro from {@code /etc/os-release} (or {@code /usr/lib/os-release}) and, for
 * images without one, from {@code /etc/alpine-release}, {@code /etc/debian_version} or
 * {@code /etc/redhat-release}. Files earlier in {@link #FILES} win.
 */
public final class OsRelease {

    /** In order of authority. */
    public static final List<String> FILES = List.of("/etc/os-release", "/usr/lib/os-release",
            "/etc/alpine-release", "/etc/debian_version", "/etc/redhat-release");

    private static final Pattern REDHAT = Pattern.compile("(.+?) release (\\d+(?:\\.\\d+)*)");

    private OsRelease() {
    }

    public static boolean wants(String path) {
        return FILES.contains(path);
    }

    /** The distro a file describes, empty when it says nothing usable. */
    public static Optional<Distro> parse(String path, InputStream content) throws IOException {
        String text = new String(content.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        return switch (path) {
            case "/etc/os-release", "/usr/lib/os-release" -> osRelease(text);
            case "/etc/alpine-release" -> firstLine(text).map(v -> new Distro("alpine", v, "", "Alpine Linux v" + v));
            case "/etc/debian_version" -> firstLine(text).map(OsRelease::debianVersion);
            case "/etc/redhat-release" -> firstLine(text).flatMap(OsRelease::redhat);
            default -> Optional.empty();
        };
    }

    static Optional<Distro> osRelease(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (line.startsWith("#") || eq <= 0) {
                continue;
            }
            fields.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
        }
        String id = fields.getOrDefault("ID", "").toLowerCase(Locale.ROOT);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Distro(id, fields.getOrDefault("VERSION_ID", ""),
                fields.getOrDefault("VERSION_CODENAME", ""), fields.getOrDefault("PRETTY_NAME", id)));
    }

    /** 12.5 → Debian 12; "trixie/sid" (testing) → no version. */
    private static Distro debianVersion(String text) {
        Matcher m = Pattern.compile("(\\d+)(?:\\.\\d+)*").matcher(text);
        String version = m.matches() ? m.group(1) : "";
        return new Distro("debian", version, "", "Debian GNU/Linux " + text);
    }

    private static Optional<Distro> redhat(String line) {
        Matcher m = REDHAT.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String id = name.startsWith("red hat") ? "rhel" : name.startsWith("centos") ? "centos"
                : name.startsWith("rocky") ? "rocky" : name.startsWith("almalinux") ? "almalinux"
                : name.startsWith("fedora") ? "fedora" : name.split("\\s+")[0];
        return Optional.of(new Distro(id, m.group(2), "", line));
    }

    private static Optional<String> firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\$", "$").replace("\\\\", "\\");
        }
        return value;
    }
}
