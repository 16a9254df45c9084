package dev.trusty.host.bench;

import dev.trusty.host.checks.Evidence;
import dev.trusty.host.checks.Result;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changed since an earlier run: new warnings (a check that now warns, or warns about more
 * items), fixed ones (a warning gone, or items no longer flagged), and other result changes.
 * Items are compared by subject (file, setting, container), since details such as pids change.
 */
public record BaselineDiff(List<Change> newWarnings, List<Change> fixed, List<Change> changed) {

    public record Change(String id, String title, Result before, Result now, List<String> items) {
    }

    public boolean isEmpty() {
        return newWarnings.isEmpty() && fixed.isEmpty() && changed.isEmpty();
    }

    public static BaselineDiff between(Map<String, BenchJson.Recorded> baseline, BenchResult now) {
        List<Change> added = new ArrayList<>();
        List<Change> fixed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BenchEntry e : now.entries()) {
            String key = e.benchId().toUpperCase(Locale.ROOT);
            seen.add(key);
            BenchJson.Recorded before = baseline.get(key);
            Result was = before == null ? null : before.result();
            Result is = e.result().result();
            List<String> subjects = e.result().items().stream().map(Evidence::subject).toList();
            List<String> oldSubjects = before == null ? List.of() : before.subjects();
            String title = e.rule().title();
            if (is == Result.WARN && was != Result.WARN) {
                added.add(new Change(e.benchId(), title, was, is, subjects));
            } else if (was == Result.WARN && is != Result.WARN) {
                fixed.add(new Change(e.benchId(), title, was, is, oldSubjects));
            } else if (is == Result.WARN) {
                List<String> more = subjects.stream().filter(s -> !oldSubjects.contains(s)).toList();
                List<String> gone = oldSubjects.stream().filter(s -> !subjects.contains(s)).toList();
                if (!more.isEmpty()) {
                    added.add(new Change(e.benchId(), title, was, is, more));
                }
                if (!gone.isEmpty()) {
                    fixed.add(new Change(e.benchId(), title, was, is, gone));
                }
            } else if (was != null && was != is) {
                changed.add(new Change(e.benchId(), title, was, is, subjects));
            }
        }
        baseline.forEach((key, r) -> {
            if (!seen.contains(key) && r.result() == Result.WARN) {
                // a warning whose check did not run this time is not a fix: say so apart
                changed.add(new Change(r.id(), r.title(), r.result(), null, r.subjects()));
            }
        });
        return new BaselineDiff(added, fixed, changed);
    }

    /** Plain text for the terminal. */
    public String render() {
        StringBuilder out = new StringBuilder();
        section(out, "New warnings", newWarnings);
        section(out, "Fixed", fixed);
        section(out, "Other changes", changed);
        if (isEmpty()) {
            out.append("No change since the baseline.\n");
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.append(heading).append(" (").append(changes.size()).append("):\n");
        for (Change c : changes) {
            out.append("  ").append(c.id()).append("  ").append(label(c.before())).append(" -> ").append(label(c.now()))
                    .append("  ").append(c.title()).append('\n');
            c.items().forEach(i -> out.append("      * ").append(i).append('\n'));
        }
    }

    private static String label(Result r) {
        return r == null ? "(not run)" : r.label();
    }
}
