package dev.trusty.dockerfile.rules;

import java.util.Locale;

/**
 * An image reference split the way Docker reads it: {@code registry/path:tag@digest}. The registry is
 * the first path component when it has a dot or colon or is {@code localhost}; else Docker Hub.
 */
public record ImageRef(String raw, String registry, String path, String tag, String digest) {
    public static final String DOCKER_HUB = "docker.io";

    public static ImageRef parse(String raw) {
        String rest = raw;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        int first = rest.indexOf('/');
        if (first > 0) {
            String head = rest.substring(0, first);
            if (head.contains(".") || head.contains(":") || head.equals("localhost")) {
                registry = head.toLowerCase(Locale.ROOT);
                rest = rest.substring(first + 1);
            }
        }
        return new ImageRef(raw, registry, rest, tag, digest);
    }

    public boolean hasVariable() {
        return raw.contains("$");
    }

    public boolean isScratch() {
        return raw.equalsIgnoreCase("scratch");
    }

    /** Image name without tag or digest, as written. */
    public String name() {
        int at = raw.indexOf('@');
        String r = at >= 0 ? raw.substring(0, at) : raw;
        int slash = r.lastIndexOf('/');
        int colon = r.lastIndexOf(':');
        return colon > slash ? r.substring(0, colon) : r;
    }
}
