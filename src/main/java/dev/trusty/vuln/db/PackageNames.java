package dev.trusty.vuln.db;

import java.util.Locale;

/** The spelling both advisories and installed packages are reduced to before they are compared. */
public final class PackageNames {

    private PackageNames() {
    }

    /** PyPI names compare PEP 503-normalised; other ecosystems compare as written. */
    public static String normalise(String ecosystem, String name) {
        if (ecosystem.equals("PyPI")) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
        }
        return name;
    }
}
