package dev.trusty.dockerfile.rules;

/**
 * Finds ASCII words in a variable name regardless of case, in place: the ARG/ENV name rules ask this of
 * every declaration of every file, and a lower-case copy of each name was most of their cost.
 */
final class WordScan {
    private WordScan() {
    }

    /** The first letters of {@code words} (lower-case ASCII) as bits, 'a' = bit 0, for {@link #containsAny}. */
    static int firstLetters(String[] words) {
        int bits = 0;
        for (String w : words) {
            bits |= 1 << (w.charAt(0) - 'a');
        }
        return bits;
    }

    /**
     * True when one of {@code words} (lower-case ASCII, each starting with a letter) occurs in {@code s} before
     * {@code end}, with ASCII letters compared regardless of case. A non-ASCII character may or may not match a
     * letter (after the first, the Kelvin sign matches 'k' as in {@link String#regionMatches(boolean, int, String,
     * int, int)}): callers that must agree with a lower-case copy check {@link #isAscii} first.
     */
    static boolean containsAny(String s, int end, String[] words, int firstLetters) {
        for (int i = 0; i < end; i++) {
            int letter = (s.charAt(i) | 0x20) - 'a'; // a letter of either case, or outside 0..25
            if (letter < 0 || letter >= 26 || (firstLetters >>> letter & 1) == 0) {
                continue; // no word starts here: most positions
            }
            for (String w : words) {
                if (w.charAt(0) - 'a' == letter && i + w.length() <= end && s.regionMatches(true, i, w, 0, w.length())) {
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
