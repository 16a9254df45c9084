package dev.trusty.dockerfile.rules;

import dev.trusty.core.Finding;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Location;
import dev.trusty.core.RuleInfo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One problem that several tools check, each in its own way: Trusty's rule plus "readings" that reproduce
 * another tool's check exactly (Trivy's DS-0010 reads {@code sudo} differently from hadolint's DL3004). The
 * user sees one rule and one finding per line; each finding carries the aliases of exactly the tools whose
 * check reports that line, so hadolint's and Trivy's ignore lists keep working, and no problem is reported
 * twice. A line only a reading reports becomes a finding of the rule with only that reading's aliases.
 */
public final class ToolReadings extends DockerfileRule {
    private final DockerfileRule rule;
    private final List<DockerfileRule> readings;
    /** The tool aliases the readings stand for: a finding keeps those of the readings that report its line. */
    private final Set<String> readingAliases = new HashSet<>();
    private final Map<Set<String>, RuleInfo> narrowed = new ConcurrentHashMap<>();

    /**
     * @param rule     Trusty's rule: its info carries every alias (its own tools' and the readings')
     * @param readings exact reproductions of other tools' checks, each carrying the aliases it stands for
     */
    public ToolReadings(DockerfileRule rule, DockerfileRule... readings) {
        super(rule.info());
        this.rule = rule;
        this.readings = List.of(readings);
        for (DockerfileRule reading : readings) {
            for (String alias : reading.info().aliases()) {
                if (!rule.info().aliases().contains(alias)) {
                    throw new IllegalArgumentException(rule.info().id() + " does not carry " + alias + " of "
                            + reading.info().id());
                }
                readingAliases.add(alias);
            }
        }
    }

    @Override
    public boolean appliesTo(LintContext ctx) {
        if (rule.appliesTo(ctx)) {
            return true;
        }
        for (DockerfileRule reading : readings) {
            if (reading.appliesTo(ctx)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        List<Finding> own = run(rule, ctx);
        // line -> the aliases of the readings reporting it, and the first such finding
        Map<Integer, Set<String>> aliasesByLine = new LinkedHashMap<>();
        Map<Integer, Finding> readingOnly = new LinkedHashMap<>();
        for (DockerfileRule reading : readings) {
            for (Finding f : run(reading, ctx)) {
                aliasesByLine.computeIfAbsent(line(f), l -> new TreeSet<>()).addAll(reading.info().aliases());
                readingOnly.putIfAbsent(line(f), f);
            }
        }
        Set<Integer> ownLines = new HashSet<>();
        for (Finding f : own) {
            ownLines.add(line(f));
            out.accept(as(f, aliasesByLine.getOrDefault(line(f), Set.of())));
        }
        for (Map.Entry<Integer, Finding> e : readingOnly.entrySet()) {
            if (!ownLines.contains(e.getKey())) {
                Finding f = e.getValue();
                Set<String> kept = aliasesByLine.get(e.getKey());
                Set<String> dropped = new HashSet<>(rule.info().aliases());
                dropped.removeIf(a -> kept.contains(a) || !isToolAlias(a));
                out.accept(new Finding(narrow(dropped), f.severity(), f.message(), f.location(), f.fix()));
            }
        }
    }

    /** A rule finding, without the reading aliases of the readings that do not report its line. */
    private Finding as(Finding f, Set<String> readingsHere) {
        Set<String> dropped = new HashSet<>(readingAliases);
        dropped.removeAll(readingsHere);
        RuleInfo info = dropped.isEmpty() ? info() : narrow(dropped);
        return info == f.rule() ? f : new Finding(info, f.severity(), f.message(), f.location(), f.fix());
    }

    private RuleInfo narrow(Set<String> dropped) {
        return narrowed.computeIfAbsent(Set.copyOf(dropped), d -> info().withoutAliases(d));
    }

    /** Aliases of other tools' checks (DL, DS, BuildKit names...), as opposed to CIS and CWE references. */
    private static boolean isToolAlias(String alias) {
        return !alias.startsWith("CIS-") && !alias.startsWith("CWE-");
    }

    private static List<Finding> run(DockerfileRule r, LintContext ctx) {
        List<Finding> found = new ArrayList<>(2);
        if (r.appliesTo(ctx)) {
            r.check(ctx, found::add);
        }
        return found;
    }

    private static int line(Finding f) {
        return f.location() instanceof Location.File file ? file.line() : 0;
    }
}
