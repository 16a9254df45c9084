package dev.trusty.dockerfile.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An image reference split the way Docker normalises it: {@code nginx:1.27} is registry {@code docker.io},
 * repository {@code library/nginx}, tag {@code 1.27}. {@code tag} and {@code digest} are null when absent
 * (an absent tag means Docker pulls {@code latest}). {@code explicitRegistry} tells whether the
 * registry was written or defaulted.
 */
public record ImageRef(String raw, String registry, boolean explicitRegistry, String repository, String tag,
                       String digest) {
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
        int lastSlash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > lastSlash) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        boolean explicit = false;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")
                    || !first.toLowerCase(Locale.ROOT).equals(first)) {
                registry = first;
                explicit = true;
                rest = rest.substring(slash + 1);
            }
        }
        if (registry.equals("index.docker.io") || registry.equals("registry-1.docker.io")) {
            registry = DOCKER_HUB;
        }
        if (registry.equals(DOCKER_HUB) && !rest.contains("/")) {
            rest = "library/" + rest;
        }
        return new ImageRef(raw, registry, explicit, rest, tag, digest);
    }

    /** {@code scratch}: the empty base, not an image. */
    public boolean isScratch() {
        return raw.equalsIgnoreCase("scratch");
    }

    /** The tag Docker will use: the written one, or {@code latest} when only a name (and no digest) is given. */
    public String effectiveTag() {
        return tag != null ? tag : digest == null ? "latest" : null;
    }

    /** The short form users write: {@code nginx} for {@code docker.io/library/nginx}. */
    public String familiarName() {
        String repo = registry.equals(DOCKER_HUB) && repository.startsWith("library/")
                ? repository.substring("library/".length()) : repository;
        return registry.equals(DOCKER_HUB) ? repo : registry + "/" + repo;
    }

    /** True when the text still holds an unexpanded variable. */
    public boolean hasVariable() {
        return raw.contains("$");
    }

    @Override
    public String toString() {
        return raw;
    }

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern PATH = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");

    /**
     * Whether {@code ref} parses as a Docker image reference (the distribution grammar BuildKit uses): an
     * optional registry host (it has a dot or a port, or is localhost), lower-case path components, then
     * an optional tag and digest.
     */
    public static boolean isWellFormed(String ref) {
        String rest = ref;
        int at = rest.indexOf('@');
        if (at >= 0) {
            if (!DIGEST.matcher(rest.substring(at + 1)).matches()) {
                return false;
            }
            rest = rest.substring(0, at);
        }
        int slash = rest.indexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            if (!TAG.matcher(rest.substring(colon + 1)).matches()) {
                return false;
            }
            rest = rest.substring(0, colon);
        }
        if (slash >= 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                if (!DOMAIN.matcher(first).matches()) {
                    return false;
                }
                rest = rest.substring(slash + 1);
            }
        }
        return rest.length() <= 255 && PATH.matcher(rest).matches();
    }
}
