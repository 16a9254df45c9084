package dev.trusty.cli;

import dev.trusty.vuln.VulnCheck;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options of the commands that match packages against the vulnerability database (image, scan). */
public final class VulnCheckOptions {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Vulnerability database (default: the config's vuln.db, else $XDG_CACHE_HOME/trusty/vuln.db).")
    public Path database;

    @Option(names = "--ignore-unfixed", description = "Leave out vulnerabilities that have no fix yet.")
    public boolean ignoreUnfixed;

    @Option(names = "--vex", paramLabel = "FILE",
            description = "OpenVEX or CycloneDX VEX document; its not-affected statements remove findings. Repeatable.")
    public List<Path> vex = new ArrayList<>();

    public VulnCheck check() {
        return new VulnCheck(database, ignoreUnfixed, vex);
    }
}
