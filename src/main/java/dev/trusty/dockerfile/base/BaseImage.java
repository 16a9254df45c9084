package dev.trusty.dockerfile.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a check may know of a base image: the reference it was found under, its environment (the
 * image config's {@code Env}, in order) and its platform.
 */
public record BaseImage(String reference, Map<String, String> env, Platform platform) {

    public BaseImage {
        env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    }

    /** Reads {@code NAME=value} entries as an image config lists them; an entry without '=' has an empty value. */
    public static Map<String, String> parseEnv(List<String> entries) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            env.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
        }
        return env;
    }
}
