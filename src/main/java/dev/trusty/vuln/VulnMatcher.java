package dev.trusty.vuln;

import dev.trusty.core.Severity;
import dev.trusty.pkg.Inventory;
import dev.trusty.pkg.Package;
import dev.trusty.vuln.db.VulnDb;
import dev.trusty.vuln.db.VulnRecord;
import dev.trusty.vuln.versions.SemVer;
import dev.trusty.vuln.versions.VersionComparator;
import dev.trusty.vuln.versions.VersionScheme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches an inventory against the database. Distro packages are looked up by their source
 * package in the distro release's ecosystem ({@code Debian:12}/{@code glibc}) and compared by
 * source version — binary versions (binNMUs, gcc-defaults) would mislead; language packages by
 * ecosystem and name. Versions are compared with the ecosystem's exact ordering.
 */
public final class VulnMatcher {

    private final VulnDb db;
    private final Map<String, List<VulnDb.Advisory>> cache = new HashMap<>();
    private final Map<String, Optional<Double>> scores = new HashMap<>();

    public VulnMatcher(VulnDb db) {
        this.db = db;
    }

    public List<VulnMatch> match(Inventory inventory) {
        List<VulnMatch> all = new ArrayList<>();
        for (Package pkg : inventory.packages()) {
            all.addAll(match(pkg));
        }
        return all;
    }

    public List<VulnMatch> match(Package pkg) {
        Optional<String> ecosystem = pkg.ecosystem().isDistro() ? pkg.distro().osvEcosystem()
                : Optional.of(pkg.ecosystem().osvName());
        if (ecosystem.isEmpty()) {
            return List.of();
        }
        String name = pkg.advisoryName();
        String version = pkg.ecosystem().isDistro() ? pkg.sourceVersion() : pkg.version();
        Optional<VersionScheme> scheme = VersionScheme.forEcosystem(ecosystem.get());
        List<VulnDb.Advisory> advisories = cache.computeIfAbsent(ecosystem.get() + "\u0000" + name,
                k -> db.lookup(ecosystem.get(), name));
        List<VulnMatch> found = new ArrayList<>();
        for (VulnDb.Advisory advisory : advisories) {
            if (advisory.withdrawn()) {
                continue;
            }
            VulnRecord.Affected affected = advisory.affected();
            switch (affected.status()) {
                case NOT_AFFECTED -> {
                }
                case UNFIXED, WILL_NOT_FIX, FIX_DEFERRED -> found.add(toMatch(pkg, advisory, version, null, affected.status()));
                case RANGES -> evaluate(version, affected, scheme).ifPresent(fix ->
                        found.add(toMatch(pkg, advisory, version, fix.orElse(null), AffectedStatus.RANGES)));
            }
        }
        return merge(found);
    }

    /** Empty when not affected; otherwise the fix (itself empty when there is none). */
    private static Optional<Optional<String>> evaluate(String version, VulnRecord.Affected affected,
                                                      Optional<VersionScheme> scheme) {
        String bestFix = null;
        boolean hit = false;
        for (VulnRecord.Range range : affected.ranges()) {
            VersionComparator order = range.type().equals("SEMVER") ? SemVer.STRICT
                    : scheme.map(VersionScheme::comparator).orElse(null);
            if (order == null) {
                continue;
            }
            OsvRanges.Verdict verdict = OsvRanges.evaluate(version, range.events(), order);
            if (verdict.affected()) {
                hit = true;
                if (verdict.fixedIn() != null && (bestFix == null || order.compare(verdict.fixedIn(), bestFix) < 0)) {
                    bestFix = verdict.fixedIn();
                }
            }
        }
        if (!hit && affected.versions().contains(version)) {
            hit = true;
        }
        return hit ? Optional.of(Optional.ofNullable(bestFix)) : Optional.empty();
    }

    private VulnMatch toMatch(Package pkg, VulnDb.Advisory advisory, String version, String fix, AffectedStatus state) {
        Double score = score(advisory);
        Severity severity = score != null ? Cvss3.severity(score)
                : severityFromWord(advisory.severityWord(), advisory.affected().urgency());
        return new VulnMatch(pkg, advisory.id(), advisory.aliases(), advisory.summary(), version, fix, state, severity,
                score, advisory.affected().urgency());
    }

    /** The advisory's own CVSS vector, else one recorded for the same id or an alias (tracker data has none). */
    private Double score(VulnDb.Advisory advisory) {
        if (advisory.cvssVector() != null) {
            return Cvss3.baseScore(advisory.cvssVector()).orElse(null);
        }
        return scores.computeIfAbsent(advisory.id(), id -> {
            List<String> ids = new ArrayList<>(List.of(id));
            ids.addAll(advisory.aliases());
            for (String candidate : ids) {
                for (String vector : db.vectorsFor(candidate)) {
                    Optional<Double> s = Cvss3.baseScore(vector);
                    if (s.isPresent()) {
                        return s;
                    }
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /** GHSA's word, else the distro urgency (Debian: unimportant/low/medium/high). */
    static Severity severityFromWord(String word, String urgency) {
        for (String w : new String[] {word, urgency}) {
            if (w == null) {
                continue;
            }
            String s = w.toLowerCase(Locale.ROOT).replace("*", "").strip();
            switch (s) {
                case "critical" -> {
                    return Severity.CRITICAL;
                }
                case "high", "important" -> {
                    return Severity.HIGH;
                }
                case "medium", "moderate" -> {
                    return Severity.MEDIUM;
                }
                case "low", "unimportant", "negligible" -> {
                    return Severity.LOW;
                }
                default -> {
                }
            }
        }
        return Severity.INFO;
    }

    /**
     * Merges matches of one package that are the same issue under different ids (tracker
     * CVE-X, OSV DEBIAN-CVE-X, GHSA with alias CVE-X). An advisory naming several issues (a DSA
     * fixing two CVEs) is not a merge key: its id is added as an alias to each issue it names.
     */
    private static List<VulnMatch> merge(List<VulnMatch> matches) {
        List<VulnMatch> merged = new ArrayList<>();
        List<Set<String>> groups = new ArrayList<>();
        List<VulnMatch> bundles = new ArrayList<>();
        for (VulnMatch m : matches) {
            if (m.aliases().size() > 1 && m.aliases().stream().filter(a -> a.startsWith("CVE-")).count() > 1) {
                bundles.add(m);
                continue;
            }
            Set<String> ids = new LinkedHashSet<>();
            ids.add(m.id());
            ids.addAll(m.aliases());
            int at = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).stream().anyMatch(ids::contains)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                groups.add(ids);
                merged.add(m);
            } else {
                groups.get(at).addAll(ids);
                merged.set(at, combine(merged.get(at), m, groups.get(at)));
            }
        }
        for (VulnMatch bundle : bundles) {
            Set<String> ids = new LinkedHashSet<>(bundle.aliases());
            ids.add(bundle.id());
            boolean attached = false;
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).stream().anyMatch(ids::contains)) {
                    groups.get(i).add(bundle.id());
                    VulnMatch g = merged.get(i);
                    List<String> aliases = new ArrayList<>(g.aliases());
                    if (!aliases.contains(bundle.id())) {
                        aliases.add(bundle.id());
                    }
                    merged.set(i, new VulnMatch(g.pkg(), g.id(), aliases, g.summary(), g.installedVersion(), g.fixedIn(),
                            g.state(), g.severity(), g.score(), g.urgency()));
                    attached = true;
                }
            }
            if (!attached) {
                groups.add(ids);
                merged.add(bundle);
            }
        }
        return merged;
    }

    private static VulnMatch combine(VulnMatch first, VulnMatch m, Set<String> group) {
        Set<String> aliases = new LinkedHashSet<>(group);
        String primary = preferredId(first.id(), m.id());
        aliases.remove(primary);
        return new VulnMatch(first.pkg(), primary, List.copyOf(aliases),
                first.summary().isEmpty() ? m.summary() : first.summary(), first.installedVersion(),
                first.fixedIn() != null ? first.fixedIn() : m.fixedIn(),
                first.fixedIn() != null ? first.state() : m.state(),
                first.score() != null || m.score() == null ? first.severity() : m.severity(),
                first.score() != null ? first.score() : m.score(),
                first.urgency() != null ? first.urgency() : m.urgency());
    }

    /** CVE ids are what users search for; otherwise keep the first. */
    private static String preferredId(String a, String b) {
        return !a.startsWith("CVE-") && b.startsWith("CVE-") ? b : a;
    }
}
