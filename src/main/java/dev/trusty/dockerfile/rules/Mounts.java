package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.Flag;
import dev.trusty.dockerfile.syntax.Instruction;

import java.util.Locale;

/** Reads RUN --mount options ({@code type=cache,target=/root/.cache}). */
final class Mounts {
    private Mounts() {
    }

    static String option(String mount, String key) {
        if (mount == null) {
            return null;
        }
        for (String part : mount.split(",")) {
            int eq = part.indexOf('=');
            String k = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            if (k.equals(key) || key.equals("target") && (k.equals("dst") || k.equals("destination"))) {
                return eq < 0 ? "" : part.substring(eq + 1).trim();
            }
        }
        return null;
    }

    static String type(String mount) {
        String t = option(mount, "type");
        return t == null ? "bind" : t;
    }

    /** True when the RUN mounts a cache or tmpfs at (or above) {@code dir}. */
    static boolean cachesDir(Instruction run, String dir) {
        for (Flag f : run.flags("mount")) {
            String type = type(f.value());
            String target = option(f.value(), "target");
            if ((type.equals("cache") || type.equals("tmpfs")) && target != null) {
                String t = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
                if (dir.equals(t) || dir.startsWith(t + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasSecretMount(Instruction run) {
        for (Flag f : run.flags("mount")) {
            if (type(f.value()).equals("secret") || type(f.value()).equals("ssh")) {
                return true;
            }
        }
        return false;
    }
}
