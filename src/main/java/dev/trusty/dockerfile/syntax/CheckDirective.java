package dev.trusty.dockerfile.syntax;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * BuildKit's {@code # check=skip=A,B;error=true;experimental=C} directive (or the
 * {@code BUILDKIT_DOCKERFILE_CHECK} build arg). Rule names are kept as written.
 */
public record CheckDirective(boolean skipAll, Set<String> skip, boolean error, boolean experimentalAll,
                             Set<String> experimental) {

    /** Parses the directive's value; an unknown part is an error, worded as BuildKit words it. */
    public static CheckDirective parse(String value) {
        boolean skipAll = false;
        boolean error = false;
        boolean experimentalAll = false;
        Set<String> skip = new LinkedHashSet<>();
        Set<String> experimental = new LinkedHashSet<>();
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return new CheckDirective(false, Set.of(), false, false, Set.of());
        }
        for (String part : trimmed.split(";", 3)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("invalid check option " + GoText.quote(part));
            }
            String key = part.substring(0, eq).strip();
            String v = part.substring(eq + 1).strip();
            switch (key) {
                case "skip" -> {
                    if (v.equals("all")) {
                        skipAll = true;
                    } else {
                        names(v, skip);
                    }
                }
                case "experimental" -> {
                    if (v.equals("all")) {
                        experimentalAll = true;
                    } else {
                        names(v, experimental);
                    }
                }
                case "error" -> error = parseBool(part, v);
                default -> throw new IllegalArgumentException("invalid check option " + GoText.quote(key));
            }
        }
        return new CheckDirective(skipAll, Set.copyOf(skip), error, experimentalAll, Set.copyOf(experimental));
    }

    /** Whether a BuildKit check (by its name, e.g. {@code JSONArgsRecommended}) is skipped. */
    public boolean skips(String rule) {
        return skipAll || skip.contains(rule);
    }

    private static void names(String list, Set<String> into) {
        for (String name : list.split(",")) {
            if (!name.strip().isEmpty()) {
                into.add(name.strip());
            }
        }
    }

    /** Go's strconv.ParseBool. */
    private static boolean parseBool(String part, String v) {
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw new IllegalArgumentException("failed to parse check option " + GoText.quote(part)
                    + ": strconv.ParseBool: parsing " + GoText.quote(v) + ": invalid syntax");
        };
    }

    @Override
    public String toString() {
        return "check skip=" + (skipAll ? "all" : skip) + " error=" + error + " experimental="
                + (experimentalAll ? "all" : experimental);
    }
}
