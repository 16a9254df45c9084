package dev.trusty.host.bench;

import dev.trusty.core.Finding;
import dev.trusty.core.FindingSink;
import dev.trusty.host.checks.HostCheck;
import dev.trusty.host.checks.Result;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A whole bench run: every selected check with its result, notes met on the way, and how long it took. */
public record BenchResult(List<BenchEntry> entries, List<String> notes, Duration elapsed) {

    public BenchResult {
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    public Map<Result, Integer> counts() {
        Map<Result, Integer> counts = new EnumMap<>(Result.class);
        for (Result r : Result.values()) {
            counts.put(r, 0);
        }
        entries.forEach(e -> counts.merge(e.result().result(), 1, Integer::sum));
        return counts;
    }

    public Optional<BenchEntry> entry(String benchId) {
        return entries.stream().filter(e -> e.benchId().equalsIgnoreCase(benchId)).findFirst();
    }

    /** Each WARN item as a finding, for the common formats and exit codes. */
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        FindingSink sink = out::add;
        entries.forEach(e -> HostCheck.report(e.rule(), e.result(), sink));
        return out;
    }
}
