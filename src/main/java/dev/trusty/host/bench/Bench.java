package dev.trusty.host.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.host.checks.CheckResult;
import dev.trusty.host.checks.HostCheck;
import dev.trusty.host.facts.HostFacts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs the bench: every selected host check over facts collected once, plus section 5 from the
 * container rules through {@link ContainerSection}. A check that throws is reported as skipped with
 * the reason rather than ending the run: one odd file must not hide the other hundred results.
 */
public final class Bench {
    private final List<HostCheck> checks;
    private final ContainerSection containerSection;

    public Bench(List<HostCheck> checks, ContainerSection containerSection) {
        this.checks = List.copyOf(checks);
        this.containerSection = containerSection;
    }

    /** Every entry the bench can produce for these facts, before selection (for validating --check). */
    public List<BenchEntry> catalogue() {
        return checks.stream().map(c -> new BenchEntry(c.benchId(), c.info(), c.level(), CheckResult.skipped("not run"))).toList();
    }

    /**
     * @param containerFilter which containers section 5 looks at (name patterns from the CLI); all by default
     */
    public BenchResult run(HostFacts facts, Selection selection, Predicate<JsonNode> containerFilter) {
        long start = System.nanoTime();
        selection.validate(catalogue());
        List<BenchEntry> entries = new ArrayList<>();
        List<String> notes = new ArrayList<>(facts.notes());
        for (HostCheck check : checks) {
            BenchEntry blank = new BenchEntry(check.benchId(), check.info(), check.level(), null);
            if (!selection.selects(blank)) {
                continue;
            }
            CheckResult result;
            boolean remote = facts.engine().map(e -> !e.local()).orElse(false);
            try {
                result = remote && check.readsLocalHost()
                        ? CheckResult.skipped("remote engine: this check reads the engine's host, which is not this machine")
                        : check.evaluate(facts);
            } catch (RuntimeException e) {
                result = CheckResult.skipped("check failed on unexpected input: " + e);
            }
            entries.add(new BenchEntry(check.benchId(), check.info(), check.level(), result));
        }
        boolean runtimeWanted = java.util.stream.IntStream.rangeClosed(2, 32)
                .anyMatch(n -> selection.selects(new BenchEntry("5." + n, checks.get(0).info(), 1, null)));
        if (runtimeWanted) {
            if (facts.engine().isEmpty()) {
                notes.add("section 5 (container runtime) skipped: no engine");
            } else {
                List<JsonNode> containers = facts.engine().get().containers().stream().filter(containerFilter).toList();
                List<BenchEntry> fromContainers = containerSection.audit(containers, facts);
                if (fromContainers.isEmpty() && containerSection == ContainerSection.NOT_WIRED) {
                    notes.add("section 5.2-5.32 (container runtime) is not in this build: the container rules are not wired in");
                }
                fromContainers.stream().filter(selection::selects).forEach(entries::add);
            }
        }
        entries.sort((a, b) -> BenchIds.compare(a.benchId(), b.benchId()));
        return new BenchResult(entries, notes, Duration.ofNanos(System.nanoTime() - start));
    }
}
