package dev.trusty.image.layers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Problems that do not stop the analysis (one unreadable file, a skipped huge file). Thread-safe;
 * repeated warnings of one kind are counted instead of printed again and again.
 */
public final class Warnings {
    private static final int EXAMPLES_PER_KIND = 3;

    private final List<String> messages = new ArrayList<>();
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    /** A warning of its own kind, always shown. */
    public synchronized void add(String message) {
        messages.add(message);
    }

    /** A warning that may repeat: the first few are shown, the rest counted under {@code kind}. */
    public synchronized void add(String kind, String message) {
        int[] n = counts.computeIfAbsent(kind, k -> new int[1]);
        if (n[0]++ < EXAMPLES_PER_KIND) {
            messages.add(message);
        }
    }

    public synchronized List<String> all() {
        List<String> out = new ArrayList<>(messages);
        counts.forEach((kind, n) -> {
            if (n[0] > EXAMPLES_PER_KIND) {
                out.add("... and " + (n[0] - EXAMPLES_PER_KIND) + " more: " + kind);
            }
        });
        return out;
    }
}
