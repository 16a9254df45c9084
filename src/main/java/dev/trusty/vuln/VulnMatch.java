package dev.trusty.vuln;

import dev.trusty.core.Severity;
import dev.trusty.pkg.Package;
import java.util.List;

/**
 * One installed package affected by one vulnerability (several advisories naming the same issue
 * — CVE, DSA, GHSA, DEBIAN-CVE — are merged, their ids kept in {@code aliases}).
 * {@code fixedIn} is null when no fix exists; {@code state} says why (unfixed, will not fix,
 * deferred). {@code score} is the computed CVSS v3 base score, or null.
 */
public record VulnMatch(Package pkg, String id, List<String> aliases, String summary, String installedVersion,
                        String fixedIn, AffectedStatus state, Severity severity, Double score, String urgency) {

    public VulnMatch {
        aliases = List.copyOf(aliases);
    }

    public boolean hasFix() {
        return fixedIn != null;
    }
}
