package dev.trusty.host.bench;

import dev.trusty.host.checks.Evidence;
import dev.trusty.host.checks.Result;

import java.util.Locale;

/** The bench for a terminal: one line per check like Docker Bench's, its evidence indented under it. */
public final class BenchText {
    private BenchText() {
    }

    public static String render(BenchResult result, boolean quiet) {
        StringBuilder out = new StringBuilder();
        Section current = null;
        for (BenchEntry e : result.entries()) {
            Result r = e.result().result();
            if (quiet && r != Result.WARN) {
                continue;
            }
            if (e.section() != current && !quiet) {
                current = e.section();
                out.append(current == Section.TRUSTY || current == Section.COMMUNITY ? "" : current.number() + " ")
                        .append(current.title()).append('\n');
            }
            out.append('[').append(r.name().toUpperCase(Locale.ROOT)).append("] ")
                    .append(e.benchId()).append(" ").append(e.rule().title())
                    .append(" (").append(e.rule().id()).append(")\n");
            out.append("       ").append(e.result().summary()).append('\n');
            for (Evidence item : e.result().items()) {
                out.append("       * ").append(item.describe()).append('\n');
            }
        }
        if (!quiet) {
            result.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
            StringBuilder counts = new StringBuilder();
            result.counts().forEach((r, n) -> counts.append(counts.isEmpty() ? "" : ", ").append(n).append(' ').append(r.label()));
            out.append(result.entries().size()).append(" checks: ").append(counts)
                    .append(" (").append(result.elapsed().toMillis()).append(" ms)\n");
        }
        return out.toString();
    }
}
