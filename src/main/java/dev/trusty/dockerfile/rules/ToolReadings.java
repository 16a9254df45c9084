package dev.trusty.dockerfile.rules;

import dev.trusty.core.Finding;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Location;
import dev.trusty.core.Reference;
import dev.trusty.core.RuleInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One problem that several tools check, each in its own way: Trusty's rule plus "readings" that reproduce
 * another tool's check exactly (Trivy's DS-0010 reads {@code sudo} differently from hadolint's DL3004). The
 * user sees one rule and one finding per line; each finding carries the aliases of exactly the tools whose
 * check reports that line, so hadolint's and Trivy's ignore lists keep working and no problem is reported
 * twice. Lines only a reading reports (where the other tool is looser than Trusty's rule) are reported when
 * that reading is enabled ({@code --enable DS0xx}, or a severity for it in the config), as findings of the
 * rule with only that reading's aliases; by default the rule's own judgement stands.
 */
public final class ToolReadings extends DockerfileRule {
    private final DockerfileRule rule;
    /** Every reading; {@link #owned} are those whose own lines this composite may report. */
    private final List<DockerfileRule> readings;
    private final Set<DockerfileRule> owned;
    /** Readings whose own lines are reported unless configured otherwise (BuildKit's checks: the build reports them). */
    private final Set<DockerfileRule> byDefault;
    private final Set<DockerfileRule> reported;
    /** The tool aliases the readings stand for: a finding keeps those of the readings that report its line. */
    private final Set<String> readingAliases = new HashSet<>();
    /** Each reading's tool aliases, by its position in {@link #readings} (asked for every finding a reading makes). */
    private final List<List<String>> aliasesOf;
    private final Map<Set<String>, RuleInfo> narrowed = new ConcurrentHashMap<>();
    /**
     * By the set of readings (bit k: the k-th) reporting a line: the info of our finding there, and of theirs
     * alone, filled on first use.
     */
    private final RuleInfo[] confirmed;
    private final RuleInfo[] readingOnly;
    /** The rule's info for a line no reading reports: without any reading's alias. */
    private final RuleInfo unconfirmed;

    /** A composite has a handful of readings; its infos are cached by subset of them. */
    private static final int MAX_READINGS = 8;

    private ToolReadings(DockerfileRule rule, List<DockerfileRule> readings, Set<DockerfileRule> owned,
                         Set<DockerfileRule> byDefault, Set<DockerfileRule> reported) {
        super(rule.info(), keywordsOf(rule, reported), commandsOf(rule, reported));
        this.rule = rule;
        this.readings = List.copyOf(readings);
        this.owned = owned;
        this.byDefault = byDefault;
        this.reported = reported;
        this.aliasesOf = this.readings.stream().map(r -> toolAliases(r.info())).toList();
        if (readings.size() > MAX_READINGS) {
            throw new IllegalArgumentException(rule.info().id() + ": too many readings");
        }
        confirmed = new RuleInfo[1 << readings.size()];
        readingOnly = new RuleInfo[1 << readings.size()];
        for (DockerfileRule reading : readings) {
            for (String alias : toolAliases(reading.info())) {
                if (!rule.info().aliases().contains(alias)) {
                    throw new IllegalArgumentException(rule.info().id() + " does not carry " + alias + " of "
                            + reading.info().id());
                }
                readingAliases.add(alias);
            }
        }
        unconfirmed = rule.info().withoutAliases(readingAliases);
    }

    /**
     * @param rule     Trusty's rule: its info carries every alias (its own tools' and the readings')
     * @param readings exact reproductions of other tools' checks, each carrying the aliases it stands for
     */
    public static ToolReadings of(DockerfileRule rule, DockerfileRule... readings) {
        return new ToolReadings(rule, List.of(readings), Set.of(readings), Set.of(), Set.of());
    }

    /** This composite with its readings' own lines reported by default, as the builder reports its checks. */
    public ToolReadings reportedByDefault() {
        return new ToolReadings(rule, readings, owned, owned, owned);
    }

    /**
     * Adds a reading that only narrows this rule's findings: its own lines are reported by the composite
     * that owns it (Trivy's DS-0001 covers both hadolint's untagged and "latest" base images).
     */
    public ToolReadings narrowedBy(DockerfileRule shared) {
        List<DockerfileRule> all = new ArrayList<>(readings);
        all.add(shared);
        return new ToolReadings(rule, all, owned, byDefault, reported);
    }

    /** This composite reporting the own lines of the readings {@code enabled} accepts (see the class comment). */
    public ToolReadings reporting(java.util.function.Predicate<RuleInfo> enabled) {
        Set<DockerfileRule> on = new HashSet<>(byDefault);
        for (DockerfileRule reading : owned) {
            if (enabled.test(reading.info())) {
                on.add(reading);
            }
        }
        return new ToolReadings(rule, readings, owned, byDefault, on);
    }

    /** The readings whose own lines this composite reports when enabled. */
    public List<DockerfileRule> readings() {
        return readings.stream().filter(owned::contains).toList();
    }

    /** The rule's metadata with each reading's account of the other tool's check, for the catalogue and docs. */
    public RuleInfo documented() {
        StringBuilder why = new StringBuilder(info().rationale());
        for (DockerfileRule reading : readings()) {
            String ids = String.join(", ", toolAliases(reading.info()));
            why.append(why.isEmpty() ? "" : " ").append(reading.info().rationale()).append(" A finding carries ")
                    .append(ids).append(" only where that check reports too; lines only it reports are reported ")
                    .append(byDefault.contains(reading) ? "too." : "with --enable " + ids + ".");
        }
        return info().why(why.toString());
    }

    /** The composite looks at a file when its rule or a reading it reports would: the union of their gates. */
    private static long keywordsOf(DockerfileRule rule, Set<DockerfileRule> reported) {
        long keywords = rule.gateKeywords();
        for (DockerfileRule reading : reported) {
            keywords = keywords == -1L || reading.gateKeywords() == -1L ? -1L : keywords | reading.gateKeywords();
        }
        return keywords;
    }

    private static int[] commandsOf(DockerfileRule rule, Set<DockerfileRule> reported) {
        java.util.stream.IntStream ids = Arrays.stream(rule.gateCommands());
        for (DockerfileRule reading : reported) {
            ids = java.util.stream.IntStream.concat(ids, Arrays.stream(reading.gateCommands()));
        }
        return ids.distinct().toArray();
    }

    @Override
    public void check(LintContext ctx, FindingSink out) {
        List<Finding> own = run(rule, ctx);
        if (own.isEmpty() && reported.isEmpty()) {
            return;
        }
        List<Read> reads = new ArrayList<>();
        for (int k = 0; k < readings.size(); k++) {
            DockerfileRule reading = readings.get(k);
            if (reading.appliesTo(ctx)) {
                int index = k;
                reading.check(ctx, f -> reads.add(new Read(index, f)));
            }
        }
        if (reads.isEmpty()) {
            for (Finding f : own) {
                out.accept(with(f, unconfirmed)); // no other tool reports these lines: the usual case
            }
            return;
        }
        for (Finding f : own) {
            int line = line(f);
            Finding merged = with(f, confirmedBy(readingsAt(reads, line)));
            String wording = builderWordingAt(reads, line); // what the build itself prints, then our specifics
            out.accept(wording == null || wording.equals(f.message()) ? merged : new Finding(merged.rule(),
                    merged.severity(), wording + ": " + f.message(), merged.location(), merged.fix()));
        }
        // lines only readings report: the first finding there of a reading this composite reports
        for (int k = 0; k < reads.size(); k++) {
            Read r = reads.get(k);
            int line = line(r.finding());
            if (reported.contains(readings.get(r.reading())) && !onLine(own, line) && !reportedBefore(reads, k, line)) {
                out.accept(with(r.finding(), onlyReadBy(readingsAt(reads, line))));
            }
        }
    }

    /** Bit k set when the k-th reading reports {@code line}. (The findings of one rule on one file are few.) */
    private static long readingsAt(List<Read> reads, int line) {
        long mask = 0;
        for (Read r : reads) {
            if (line(r.finding()) == line) {
                mask |= 1L << r.reading();
            }
        }
        return mask;
    }

    private String builderWordingAt(List<Read> reads, int line) {
        for (Read r : reads) {
            if (line(r.finding()) == line && byDefault.contains(readings.get(r.reading()))) {
                return r.finding().message();
            }
        }
        return null;
    }

    private static boolean onLine(List<Finding> findings, int line) {
        for (Finding f : findings) {
            if (line(f) == line) {
                return true;
            }
        }
        return false;
    }

    private boolean reportedBefore(List<Read> reads, int k, int line) {
        for (int j = 0; j < k; j++) {
            if (line(reads.get(j).finding()) == line && reported.contains(readings.get(reads.get(j).reading()))) {
                return true;
            }
        }
        return false;
    }

    /** The tool aliases of the readings in {@code mask}. */
    private Set<String> aliasesOf(long mask) {
        Set<String> aliases = new HashSet<>();
        for (int k = 0; k < readings.size(); k++) {
            if ((mask >>> k & 1) != 0) {
                aliases.addAll(aliasesOf.get(k));
            }
        }
        return aliases;
    }

    /** {@code cache[mask]}, computed on first use (a race only computes the same immutable info twice). */
    private static RuleInfo cached(RuleInfo[] cache, long mask, java.util.function.LongFunction<RuleInfo> compute) {
        RuleInfo info = cache[(int) mask];
        if (info == null) {
            info = compute.apply(mask);
            cache[(int) mask] = info;
        }
        return info;
    }

    /** The info for a line only readings report: the rule's own tools' aliases dropped but theirs. */
    private RuleInfo onlyReadBy(long mask) {
        return cached(readingOnly, mask, this::computeOnlyReadBy);
    }

    private RuleInfo computeOnlyReadBy(long mask) {
        Set<String> dropped = new HashSet<>(toolAliases(rule.info()));
        dropped.removeAll(aliasesOf(mask));
        return narrow(dropped);
    }

    /** A finding of a reading, by the position in {@link #readings} of the reading that made it. */
    private record Read(int reading, Finding finding) {
    }

    /** The rule's info for a line the readings in {@code mask} report: without the others' aliases. */
    private RuleInfo confirmedBy(long mask) {
        return cached(confirmed, mask, this::computeConfirmedBy);
    }

    private RuleInfo computeConfirmedBy(long mask) {
        Set<String> aliasesHere = aliasesOf(mask);
        if (aliasesHere.isEmpty()) {
            return unconfirmed;
        }
        if (aliasesHere.containsAll(readingAliases)) {
            return info(); // every reading reports the line: the usual case when one does
        }
        Set<String> dropped = new HashSet<>(readingAliases);
        dropped.removeAll(aliasesHere);
        return dropped.isEmpty() ? info() : narrow(dropped);
    }

    private static Finding with(Finding f, RuleInfo info) {
        return info == f.rule() ? f : new Finding(info, f.severity(), f.message(), f.location(), f.fix());
    }

    private RuleInfo narrow(Set<String> dropped) {
        return narrowed.computeIfAbsent(Set.copyOf(dropped), d -> info().withoutAliases(d));
    }

    private static final Set<Reference.Kind> TOOLS = Set.of(Reference.Kind.HADOLINT, Reference.Kind.TRIVY,
            Reference.Kind.BUILDKIT, Reference.Kind.DOCKLE, Reference.Kind.SHELLCHECK);

    /** The ids of other tools' checks among {@code info}'s references (not CIS, CWE or Pod Security: those stay). */
    private static List<String> toolAliases(RuleInfo info) {
        return info.references().stream().filter(r -> TOOLS.contains(r.kind())).map(Reference::alias).toList();
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
