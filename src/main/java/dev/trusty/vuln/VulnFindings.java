package dev.trusty.vuln;

import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.pkg.Package;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns vulnerability matches into report findings, one per package and vulnerability. */
public final class VulnFindings {

    public static final RuleInfo FIXABLE = RuleInfo.of("TV001", Domain.VULNERABILITY,
                    "Installed package has a known vulnerability that a newer version fixes", Severity.HIGH)
            .why("A published advisory names this package version as affected, and the fixed version exists: "
                    + "attackers know the issue and how to spot unpatched versions.")
            .fix("Upgrade the package (or rebuild the image on an updated base) to at least the fixed version.")
            .tags("vulnerability");

    public static final RuleInfo UNFIXED = RuleInfo.of("TV002", Domain.VULNERABILITY,
                    "Installed package has a known vulnerability without a fix", Severity.MEDIUM)
            .why("A published advisory names this package version as affected and no fixed version exists yet, "
                    + "or the distro decided not to fix it.")
            .fix("Remove the package if it is not needed, mitigate, or suppress the id with a reason and an expiry date.")
            .tags("vulnerability");

    public static final List<RuleInfo> RULES = List.of(FIXABLE, UNFIXED);

    private VulnFindings() {
    }

    /**
     * One finding per match, located where the package was found ({@code where} turns a package
     * location into a report location: a file for directories, an image path with its layer for
     * images). With {@code ignoreUnfixed}, matches without a fix are left out.
     */
    public static List<Finding> of(List<VulnMatch> matches, Function<Package.FoundIn, Location> where,
                                   boolean ignoreUnfixed) {
        List<Finding> findings = new ArrayList<>();
        for (VulnMatch m : matches) {
            if (ignoreUnfixed && !m.hasFix()) {
                continue;
            }
            RuleInfo rule = m.hasFix() ? FIXABLE : UNFIXED;
            Location location = where.apply(m.pkg().locations().get(0));
            findings.add(new Finding(rule, m.severity(), message(m), location, null));
        }
        return findings;
    }

    /** {@code CVE-2023-4911 (DSA-5514-1) in libc6 2.36-9 (source glibc 2.36-9): fixed in 2.36-9+deb12u3; CVSS 7.8; summary}. */
    public static String message(VulnMatch m) {
        StringBuilder text = new StringBuilder(m.id());
        if (!m.aliases().isEmpty()) {
            text.append(" (").append(String.join(", ", m.aliases())).append(')');
        }
        text.append(" in ").append(m.pkg().display()).append(": ");
        text.append(switch (m.state()) {
            case WILL_NOT_FIX -> "no fix, the distro will not fix it";
            case FIX_DEFERRED -> "no fix yet, deferred by the distro";
            default -> m.hasFix() ? "fixed in " + m.fixedIn() : "no fix available";
        });
        if (m.score() != null) {
            text.append("; CVSS ").append(m.score());
        } else if (m.severity() == Severity.INFO) {
            text.append("; severity unknown");
        }
        if (m.urgency() != null && !m.urgency().isBlank() && !m.urgency().equals("not yet assigned")) {
            text.append("; urgency ").append(m.urgency());
        }
        if (m.summary() != null && !m.summary().isBlank()) {
            String summary = m.summary().strip().lines().findFirst().orElse("");
            text.append(" — ").append(summary.length() > 160 ? summary.substring(0, 157) + "..." : summary);
        }
        return text.toString();
    }
}
