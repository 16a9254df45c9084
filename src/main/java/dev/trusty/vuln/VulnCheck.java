package dev.trusty.vuln;

import dev.trusty.core.TrustyConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * What the command line asks of a vulnerability check ({@code --db}, {@code --ignore-unfixed},
 * {@code --vex}); the {@code vuln:} section of the target's config supplies everything else.
 *
 * @param database      the database file, or null for the config's (else the cache directory's)
 * @param ignoreUnfixed leave out vulnerabilities without a fix (or-ed with the config's setting)
 * @param vex           VEX documents whose statements remove findings
 */
public record VulnCheck(Path database, boolean ignoreUnfixed, List<Path> vex) {

    /** No options given: the config and the default database decide. */
    public static final VulnCheck DEFAULTS = new VulnCheck(null, false, List.of());

    public VulnCheck {
        vex = vex == null ? List.of() : List.copyOf(vex);
    }

    /** The config's settings with the command-line overrides applied. */
    public VulnSettings settings(TrustyConfig config) {
        VulnSettings fromConfig = VulnSettings.from(config);
        return new VulnSettings(database != null ? database : fromConfig.database(), fromConfig.maxAge(),
                ignoreUnfixed || fromConfig.ignoreUnfixed(), fromConfig.ignores(), fromConfig.sources());
    }

    /** The VEX statements; a missing or malformed document is an input error naming it. */
    public Vex loadVex() {
        return vex.isEmpty() ? new Vex(List.of()) : Vex.load(vex);
    }
}
