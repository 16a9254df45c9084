package dev.trusty.dockerfile.syntax;

import java.util.Collection;

/** BuildKit-style "(did you mean x?)" hints for misspelt instructions and flags. */
final class Suggest {
    private Suggest() {
    }

    /** The message with a hint appended when one option is within a small edit distance. */
    static String withHint(String message, String value, Collection<String> options, String prefix) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String option : options) {
            int d = distance(v, option);
            if (d < bestDistance) {
                best = option;
                bestDistance = d;
            }
        }
        if (best == null || v.isEmpty() || bestDistance > Math.max(1, Math.min(2, v.length() / 3))) {
            return message;
        }
        return message + " (did you mean " + prefix + best + "?)";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
