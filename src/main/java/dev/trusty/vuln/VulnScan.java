package dev.trusty.vuln;

import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import dev.trusty.vuln.db.VulnDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code trusty image}/{@code trusty scan} call once the inventory is known: opens the
 * database if there is one, matches, and says plainly when there is none, when it is stale, or
 * when the distro has no advisory data.
 */
public final class VulnScan {

    /** Findings plus notes for the user (one line each): missing or old database, unknown distro. */
    public record Result(List<Finding> findings, List<VulnMatch> matches, List<String> notes) {
    }

    private VulnScan() {
    }

    /** The one line a scan prints when there is no database: not an error, the other checks still ran. */
    public static String missingDatabase(Path database) {
        return "no vulnerability database at " + database + ": packages were not checked for known vulnerabilities "
                + "(run 'trusty db update', or 'trusty db import' with OSV, Debian tracker or Alpine secdb exports)";
    }

    public static Result run(Inventory inventory, Path database, Duration maxAge, boolean ignoreUnfixed,
                             Function<Package.FoundIn, Location> where, Instant now) {
        return run(inventory, database, maxAge, ignoreUnfixed, new Vex(List.of()), where, now);
    }

    /**
     * With the {@code vuln:} settings of the config: database, age limit, ignore-unfixed and the
     * ignored ids (expired ones are reported again, with a note), and VEX statements.
     */
    public static Result run(Inventory inventory, VulnSettings settings, Vex vex, Function<Package.FoundIn, Location> where,
                             Instant now) {
        Result raw = run(inventory, settings.database(), settings.maxAge(), settings.ignoreUnfixed(), vex, where, now);
        List<String> notes = new ArrayList<>(raw.notes());
        List<VulnMatch> kept = settings.apply(raw.matches(), now.atZone(java.time.ZoneOffset.UTC).toLocalDate(), notes);
        return new Result(VulnFindings.of(kept, where, settings.ignoreUnfixed()), kept, notes);
    }

    /** As above, leaving out what VEX documents ({@code --vex}) say does not affect the packages. */
    public static Result run(Inventory inventory, Path database, Duration maxAge, boolean ignoreUnfixed, Vex vex,
                             Function<Package.FoundIn, Location> where, Instant now) {
        List<String> notes = new ArrayList<>(inventory.warnings());
        if (!Files.isRegularFile(database)) {
            notes.add(missingDatabase(database));
            return new Result(List.of(), List.of(), notes);
        }
        try (VulnDb db = VulnDb.open(database)) {
            db.status().imports().stream().map(VulnDb.ImportEntry::at).max(Instant::compareTo).ifPresent(last -> {
                Duration age = Duration.between(last, now);
                if (age.compareTo(maxAge) > 0) {
                    notes.add("the vulnerability data is " + age.toDays() + " days old (older than "
                            + maxAge.toDays() + " days): import a newer export");
                }
            });
            boolean distroPackages = inventory.packages().stream().anyMatch(p -> p.ecosystem().isDistro());
            if (distroPackages && inventory.distro().osvEcosystem().isEmpty()) {
                notes.add("no advisory data for distro '" + inventory.distro().prettyName()
                        + "': its OS packages were not checked");
            }
            List<VulnMatch> matches = vex.filter(new VulnMatcher(db).match(inventory));
            return new Result(VulnFindings.of(matches, where, ignoreUnfixed), matches, notes);
        }
    }
}
