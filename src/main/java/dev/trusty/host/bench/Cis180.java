package dev.trusty.host.bench;

import java.util.Optional;

/**
 * CIS Docker Benchmark 1.8.0 ids for our 1.6.0 ids. 1.8.0 inserted "devicemapper not used" as 2.7
 * (Trusty's TH088) and moved 1.6.0's 2.7–2.18 one up to 2.8–2.19; every other id is unchanged
 * (see research/cis-versions.md). Community and Trusty-only checks have no 1.8.0 id.
 */
public final class Cis180 {
    private Cis180() {
    }

    public static Optional<String> of(String benchId) {
        if (benchId.equals("TH088")) {
            return Optional.of("2.7");
        }
        if (benchId.startsWith("C.") || benchId.startsWith("TH")) {
            return Optional.empty();
        }
        if (benchId.startsWith("2.")) {
            int n = Integer.parseInt(benchId.substring(2));
            return Optional.of(n >= 7 ? "2." + (n + 1) : benchId);
        }
        return Optional.of(benchId);
    }
}
