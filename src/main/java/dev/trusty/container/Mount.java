package dev.trusty.container;

import dev.trusty.core.Location;

import java.util.Locale;

/**
 * A filesystem mount. {@code source} is the host path for binds, the volume name for volumes, and
 * empty for tmpfs; {@code propagation} is empty when the engine default (rprivate) applies.
 */
public record Mount(Type type, String source, String target, boolean readOnly, String propagation,
                    Location.ContainerField at) {

    public enum Type { BIND, VOLUME, TMPFS, OTHER;

        public static Type parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "bind", "hostpath" -> BIND;
                case "volume" -> VOLUME;
                case "tmpfs" -> TMPFS;
                default -> OTHER;
            };
        }
    }

    public Mount {
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        propagation = propagation == null ? "" : propagation;
    }

    public boolean isBind() {
        return type == Type.BIND;
    }

    /** The host path with trailing slashes and {@code /./} removed, for comparing against known paths. */
    public String normalisedSource() {
        String s = source.replaceAll("/+", "/").replace("/./", "/");
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    public boolean sharedPropagation() {
        return propagation.equals("shared") || propagation.equals("rshared");
    }
}
