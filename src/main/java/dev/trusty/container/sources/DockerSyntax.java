package dev.trusty.container.sources;

import dev.trusty.container.Mount;
import dev.trusty.container.PublishedPort;
import dev.trusty.core.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The value syntaxes compose and {@code docker run} share: byte sizes, CPU counts, short port and
 * volume specs, {@code --mount} specs, ulimits and restart policies. Bad values return null (or
 * throw {@link IllegalArgumentException} with the reason), so each source can say where.
 */
public final class DockerSyntax {
    private DockerSyntax() {
    }

    /** {@code 512m}, {@code 1g}, {@code 1.5GB}, {@code 1048576} → bytes (docker's RAMInBytes). */
    public static long bytes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("b")) {
            t = t.substring(0, t.length() - 1);
        }
        long unit = 1;
        if (!t.isEmpty()) {
            switch (t.charAt(t.length() - 1)) {
                case 'k' -> unit = 1L << 10;
                case 'm' -> unit = 1L << 20;
                case 'g' -> unit = 1L << 30;
                case 't' -> unit = 1L << 40;
                case 'p' -> unit = 1L << 50;
                default -> { }
            }
        }
        String number = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            return new BigDecimal(number.trim()).multiply(BigDecimal.valueOf(unit)).longValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + text + "' (expected e.g. 512m or 1g)");
        }
    }

    /** {@code .5}, {@code 2} → nano CPUs, as {@code --cpus} and compose {@code cpus} mean. */
    public static long nanoCpus(String text) {
        try {
            return new BigDecimal(text.trim()).movePointRight(9).longValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a CPU count: '" + text + "' (expected e.g. 0.5 or 2)");
        }
    }

    /** Kubernetes quantities: {@code 512Mi}, {@code 1G}, {@code 500m} (milli), {@code 1e3}. */
    public static BigDecimal quantity(String text) {
        String t = text.trim();
        String[][] suffixes = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
                {"Pi", "1125899906842624"}, {"Ei", "1152921504606846976"}, {"k", "1000"}, {"M", "1000000"},
                {"G", "1000000000"}, {"T", "1000000000000"}, {"P", "1000000000000000"},
                {"E", "1000000000000000000"}, {"m", "0.001"}};
        try {
            for (String[] s : suffixes) {
                if (t.endsWith(s[0])) {
                    return new BigDecimal(t.substring(0, t.length() - s[0].length())).multiply(new BigDecimal(s[1]));
                }
            }
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a quantity: '" + text + "' (expected e.g. 512Mi or 500m)");
        }
    }

    /** Short port syntax {@code [[ip:]host:]container[/proto]}, also {@code [::1]:80:80}. */
    public static PublishedPort port(String spec, Location.ContainerField at) {
        try {
            return parsePort(spec, at);
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("bad port '" + spec.replaceAll("\\s+", " ") + "'");
        }
    }

    private static PublishedPort parsePort(String spec, Location.ContainerField at) {
        String s = spec.trim();
        String proto = "tcp";
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            proto = s.substring(slash + 1);
            s = s.substring(0, slash);
        }
        String ip = "";
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("bad port '" + spec + "': unclosed '['");
            }
            ip = s.substring(1, close);
            s = s.substring(close + 1);
            if (s.startsWith(":")) {
                s = s.substring(1);
            }
            String[] rest = s.split(":", -1);
            return rest.length == 1 ? new PublishedPort(ip, "", rest[0], proto, at)
                    : new PublishedPort(ip, rest[0], rest[1], proto, at);
        }
        String[] parts = s.split(":", -1);
        return switch (parts.length) {
            case 1 -> new PublishedPort("", "", parts[0], proto, at);
            case 2 -> new PublishedPort("", parts[0], parts[1], proto, at);
            case 3 -> new PublishedPort(parts[0], parts[1], parts[2], proto, at);
            default -> {
                // an unbracketed IPv6 address: everything before the last two parts
                int cut = s.lastIndexOf(':', s.lastIndexOf(':') - 1);
                String[] tail = s.substring(cut + 1).split(":");
                yield new PublishedPort(s.substring(0, cut), tail[0], tail[1], proto, at);
            }
        };
    }

    /** Short volume syntax {@code src:dst[:opts]} or an anonymous {@code dst}. */
    public static Mount volume(String spec, Location.ContainerField at) {
        List<String> parts = splitVolume(spec.trim());
        if (parts.size() == 1) {
            return new Mount(Mount.Type.VOLUME, "", parts.get(0), false, "", at);
        }
        String source = parts.get(0);
        String target = parts.get(1);
        boolean readOnly = false;
        String propagation = "";
        if (parts.size() > 2) {
            for (String opt : parts.get(2).split(",")) {
                switch (opt.trim()) {
                    case "ro", "readonly" -> readOnly = true;
                    case "shared", "rshared", "slave", "rslave", "private", "rprivate" -> propagation = opt.trim();
                    default -> { }
                }
            }
        }
        return new Mount(isHostPath(source) ? Mount.Type.BIND : Mount.Type.VOLUME, source, target, readOnly,
                propagation, at);
    }

    /** Host paths start with {@code /}, {@code .}, {@code ~} or a variable; anything else names a volume. */
    public static boolean isHostPath(String source) {
        return source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || source.startsWith("$")
                || source.matches("^[A-Za-z]:[\\\\/].*");
    }

    private static List<String> splitVolume(String spec) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            // a Windows drive letter ("C:\") is part of the path, not a separator
            if (spec.charAt(i) == ':' && !(i == start + 1 && i + 1 < spec.length()
                    && (spec.charAt(i + 1) == '\\' || spec.charAt(i + 1) == '/') && Character.isLetter(spec.charAt(start)))) {
                parts.add(spec.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(spec.substring(start));
        return parts;
    }

    /** {@code --mount type=bind,src=/x,dst=/y,readonly,bind-propagation=rshared}. */
    public static Mount mountFlag(String spec, Location.ContainerField at) {
        String type = "volume";
        String source = "";
        String target = "";
        boolean readOnly = false;
        String propagation = "";
        for (String field : spec.split(",")) {
            String f = field.trim();
            int eq = f.indexOf('=');
            String key = (eq < 0 ? f : f.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : f.substring(eq + 1);
            switch (key) {
                case "type" -> type = value;
                case "source", "src" -> source = value;
                case "target", "destination", "dst" -> target = value;
                case "readonly", "ro" -> readOnly = value.isEmpty() || value.equals("true") || value.equals("1");
                case "bind-propagation" -> propagation = value;
                default -> { }
            }
        }
        if (target.isEmpty()) {
            throw new IllegalArgumentException("--mount '" + spec + "' has no target");
        }
        return new Mount(Mount.Type.parse(type), source, target, readOnly, propagation, at);
    }

    /** Restart policy {@code on-failure:5} → name and retries (retries null when not given). */
    public record Restart(String name, Integer maxRetries) {
    }

    public static Restart restart(String text) {
        String t = text.trim();
        int colon = t.indexOf(':');
        if (colon < 0) {
            return new Restart(t, null);
        }
        try {
            return new Restart(t.substring(0, colon), Integer.parseInt(t.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad restart policy '" + text + "' (expected e.g. on-failure:5)");
        }
    }
}
