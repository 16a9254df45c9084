package dev.trusty.engine;

/** An Engine API version such as 1.41; ordered numerically (1.9 &lt; 1.41). */
public record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {
    /** Oldest API we speak: Docker 1.12, the floor of every engine up to Docker 28. */
    public static final ApiVersion OLDEST_SUPPORTED = new ApiVersion(1, 24);
    /** Newest API whose responses our readers were checked against (Docker 28.x). */
    public static final ApiVersion NEWEST_SUPPORTED = new ApiVersion(1, 51);

    /** Parses {@code "1.41"}; throws IllegalArgumentException for anything else. */
    public static ApiVersion parse(String text) {
        String s = text.strip();
        int dot = s.indexOf('.');
        if (dot <= 0 || dot == s.length() - 1) {
            throw new IllegalArgumentException("not an API version: '" + text + "'");
        }
        try {
            return new ApiVersion(Integer.parseInt(s.substring(0, dot)), Integer.parseInt(s.substring(dot + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an API version: '" + text + "'");
        }
    }

    /**
     * The version to speak with an engine that answers {@code engineVersion}: the lower of its version and
     * ours. Null when the engine is older than we support.
     */
    public static ApiVersion negotiate(ApiVersion engineVersion) {
        ApiVersion chosen = engineVersion.compareTo(NEWEST_SUPPORTED) < 0 ? engineVersion : NEWEST_SUPPORTED;
        return chosen.compareTo(OLDEST_SUPPORTED) < 0 ? null : chosen;
    }

    public boolean atLeast(int major, int minor) {
        return compareTo(new ApiVersion(major, minor)) >= 0;
    }

    @Override
    public int compareTo(ApiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
