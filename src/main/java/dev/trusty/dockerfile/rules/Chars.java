package dev.trusty.dockerfile.rules;

/**
 * Character-class tests the rules run on every word they look at; String.matches would compile a
 * regex on each call, which dominated the cost of several rules.
 */
final class Chars {
    private Chars() {
    }

    /** True when {@code s} is one or more ASCII digits. */
    static boolean digits(String s) {
        return only(s, "0123456789", 1, Integer.MAX_VALUE);
    }

    /** True when {@code s} has no ASCII letter in the other case: what {@code s.equals(s.toUpperCase())} tests for keywords. */
    static boolean inCase(String s, boolean upper) {
        char from = upper ? 'a' : 'A';
        char to = upper ? 'z' : 'Z';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= from && c <= to || c > 127) {
                return c > 127 && (upper ? s.equals(s.toUpperCase(java.util.Locale.ROOT)) : s.equals(s.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return true;
    }

    /** True when {@code s} has {@code min} to {@code max} characters, each one of {@code allowed}. */
    static boolean only(String s, String allowed, int min, int max) {
        int n = s.length();
        if (n < min || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
