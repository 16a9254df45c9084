package dev.trusty.dockerfile.rules;

/**
 * Finds ASCII words in a variable name regardless of case, in place: the ARG/ENV name rules ask this of
 * every declaration of every file, and a lower-case copy of each name was most of their cost.
 */
final class WordScan {
    /** The words by their first letter, 'a' = 0: a position whose letter starts no word costs one test. */
    private final String[][] byFirstLetter = new String[26][];

    /** @param words lower-case ASCII words, each starting with a letter */
    WordScan(String... words) {
        for (String w : words) {
            String[] same = byFirstLetter[w.charAt(0) - 'a'];
            String[] grown = same == null ? new String[1] : java.util.Arrays.copyOf(same, same.length + 1);
            grown[grown.length - 1] = w;
            byFirstLetter[w.charAt(0) - 'a'] = grown;
        }
    }

    /**
     * True when one of the words occurs in {@code s} before {@code end}, with ASCII letters compared regardless
     * of case. A non-ASCII character may or may not match a letter (after the first, the Kelvin sign matches 'k'
     * as in {@link String#regionMatches(boolean, int, String, int, int)}): callers that must agree with a
     * lower-case copy check {@link #isAscii} first.
     */
    boolean foundIn(String s, int end) {
        for (int i = 0; i < end; i++) {
            int letter = (s.charAt(i) | 0x20) - 'a'; // a letter of either case, or outside 0..25
            String[] words = letter >= 0 && letter < 26 ? byFirstLetter[letter] : null;
            if (words == null) {
                continue; // no word starts here: most positions
            }
            for (String w : words) {
                if (i + w.length() <= end && s.regionMatches(true, i, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isAscii(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Where an ARG's name ends: at its '=' or at the end. */
    static int argNameEnd(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? arg.length() : eq;
    }
}
