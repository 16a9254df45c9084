package dev.trusty.vuln;

import dev.trusty.vuln.versions.VersionComparator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates OSV {@code ECOSYSTEM}/{@code SEMVER} range events for one installed version, as the
 * OSV specification describes: events sorted by version (unsorted lists occur in the wild), a
 * version is affected after an {@code introduced} it has reached, until a {@code fixed} it has
 * reached or a {@code last_affected} it has passed; {@code limit} bounds the range from above.
 */
public final class OsvRanges {

    /** One event: kind is introduced, fixed, last_affected or limit. */
    public record Event(String kind, String version) {
    }

    /** The verdict for one range: affected or not, and the fix that applies when there is one. */
    public record Verdict(boolean affected, String fixedIn) {
    }

    private OsvRanges() {
    }

    public static Verdict evaluate(String version, List<Event> events, VersionComparator order) {
        Comparator<Event> byVersion = (a, b) -> compareEventVersions(a, b, order);
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(byVersion);
        for (Event e : sorted) {
            if (e.kind.equals("limit") && !e.version.equals("*") && order.compare(version, e.version) >= 0) {
                return new Verdict(false, null);
            }
        }
        boolean affected = false;
        for (Event e : sorted) {
            switch (e.kind) {
                case "introduced" -> {
                    if (e.version.equals("0") || order.compare(version, e.version) >= 0) {
                        affected = true;
                    }
                }
                case "fixed" -> {
                    if (order.compare(version, e.version) >= 0) {
                        affected = false;
                    }
                }
                case "last_affected" -> {
                    if (order.compare(version, e.version) > 0) {
                        affected = false;
                    }
                }
                default -> {
                }
            }
        }
        if (!affected) {
            return new Verdict(false, null);
        }
        Optional<String> fix = sorted.stream().filter(e -> e.kind.equals("fixed"))
                .map(Event::version).filter(f -> order.compare(version, f) < 0).findFirst();
        return new Verdict(true, fix.orElse(null));
    }

    /** "0" sorts first, limit "*" last; otherwise the ecosystem order. */
    private static int compareEventVersions(Event a, Event b, VersionComparator order) {
        int ra = rank(a);
        int rb = rank(b);
        if (ra != 0 || rb != 0) {
            return Integer.compare(ra, rb);
        }
        return order.compare(a.version, b.version);
    }

    private static int rank(Event e) {
        if (e.kind.equals("introduced") && e.version.equals("0")) {
            return -1;
        }
        if (e.kind.equals("limit") && e.version.equals("*")) {
            return 1;
        }
        return 0;
    }
}
