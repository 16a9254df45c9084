package dev.trusty.vuln;

import dev.trusty.core.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CVSS v3.0/v3.1 base score computed from a vector such as
 * {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H} (9.8), with the specification's
 * round-up. Advisories carry only the vector, so the number has to be computed here.
 */
public final class Cvss3 {

    private Cvss3() {
    }

    /** The base score, or empty when the vector is not a complete CVSS 3.x base vector. */
    public static Optional<Double> baseScore(String vector) {
        if (vector == null || !vector.startsWith("CVSS:3.")) {
            return Optional.empty();
        }
        Map<String, String> m = new HashMap<>();
        String[] parts = vector.split("/");
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split(":", 2);
            if (kv.length == 2) {
                m.put(kv[0], kv[1]);
            }
        }
        try {
            boolean changed = scope(m.get("S"));
            double av = switch (m.get("AV")) {
                case "N" -> 0.85;
                case "A" -> 0.62;
                case "L" -> 0.55;
                case "P" -> 0.2;
                default -> throw new IllegalArgumentException();
            };
            double ac = switch (m.get("AC")) {
                case "L" -> 0.77;
                case "H" -> 0.44;
                default -> throw new IllegalArgumentException();
            };
            double pr = switch (m.get("PR")) {
                case "N" -> 0.85;
                case "L" -> changed ? 0.68 : 0.62;
                case "H" -> changed ? 0.5 : 0.27;
                default -> throw new IllegalArgumentException();
            };
            double ui = switch (m.get("UI")) {
                case "N" -> 0.85;
                case "R" -> 0.62;
                default -> throw new IllegalArgumentException();
            };
            double iss = 1 - (1 - cia(m.get("C"))) * (1 - cia(m.get("I"))) * (1 - cia(m.get("A")));
            double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
            double exploitability = 8.22 * av * ac * pr * ui;
            if (impact <= 0) {
                return Optional.of(0.0);
            }
            double raw = changed ? 1.08 * (impact + exploitability) : impact + exploitability;
            return Optional.of(roundUp(Math.min(raw, 10)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The qualitative rating of a score: 9.0+ critical, 7.0+ high, 4.0+ medium, above 0 low. */
    public static Severity severity(double score) {
        if (score >= 9.0) {
            return Severity.CRITICAL;
        }
        if (score >= 7.0) {
            return Severity.HIGH;
        }
        if (score >= 4.0) {
            return Severity.MEDIUM;
        }
        return score > 0 ? Severity.LOW : Severity.INFO;
    }

    private static boolean scope(String s) {
        return switch (s) {
            case "U" -> false;
            case "C" -> true;
            default -> throw new IllegalArgumentException();
        };
    }

    private static double cia(String value) {
        return switch (value) {
            case "H" -> 0.56;
            case "L" -> 0.22;
            case "N" -> 0.0;
            default -> throw new IllegalArgumentException();
        };
    }

    /** CVSS 3.1 Appendix A round-up: smallest one-decimal number >= x, robust to float noise. */
    static double roundUp(double x) {
        long scaled = Math.round(x * 100_000);
        if (scaled % 10_000 == 0) {
            return scaled / 100_000.0;
        }
        return (Math.floor(scaled / 10_000.0) + 1) / 10.0;
    }
}
