package dev.trusty.dockerfile.syntax;

import java.util.ArrayList;
import java.util.List;

/** The glob subset BuildKit supports in {@code ${v#p}}, {@code ${v%p}} and {@code ${v/p/r}}: {@code *}, {@code ?}, {@code \}. */
final class ShellPattern {
    private static final int STAR = -1;
    private static final int ANY = -2;
    private final int[] tokens;

    private ShellPattern(int[] tokens) {
        this.tokens = tokens;
    }

    static ShellPattern compile(String pattern) throws ExpansionException {
        List<Integer> out = new ArrayList<>();
        int[] cps = pattern.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '*') {
                out.add(STAR);
            } else if (c == '?') {
                out.add(ANY);
            } else if (c == '\\') {
                int nextCp = i + 1 < cps.length ? cps[i + 1] : -1;
                if (nextCp == '}' || nextCp == '/') {
                    continue;
                }
                if (nextCp != '*' && nextCp != '?' && nextCp != '\\') {
                    String shown = nextCp < 0 ? "%!c(int32=-1)" : new String(Character.toChars(nextCp));
                    throw new ExpansionException("invalid pattern (" + pattern + ") in substitution: invalid escape '\\"
                            + shown + "'");
                }
                out.add(nextCp);
                i++;
            } else {
                out.add(c);
            }
        }
        return new ShellPattern(out.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * For every length k, whether the pattern matches exactly {@code s[from, from + k)}: one dynamic
     * programming pass, so many stars cannot make it blow up.
     */
    private static boolean[] prefixMatches(int[] tokens, int[] s, int from) {
        int n = s.length - from;
        boolean[] row = new boolean[n + 1];
        row[0] = true;
        for (int tok : tokens) {
            boolean[] nextRow = new boolean[n + 1];
            if (tok == STAR) {
                boolean any = false;
                for (int k = 0; k <= n; k++) {
                    any |= row[k];
                    nextRow[k] = any;
                }
            } else {
                for (int k = 1; k <= n; k++) {
                    nextRow[k] = row[k - 1] && (tok == ANY || tok == s[from + k - 1]);
                }
            }
            row = nextRow;
        }
        return row;
    }

    /** The matched prefix length to remove: shortest or longest, or -1 when nothing matches. */
    private static int pick(boolean[] matches, boolean longest) {
        if (longest) {
            for (int k = matches.length - 1; k >= 0; k--) {
                if (matches[k]) {
                    return k;
                }
            }
        } else {
            for (int k = 0; k < matches.length; k++) {
                if (matches[k]) {
                    return k;
                }
            }
        }
        return -1;
    }

    String trimPrefix(String value, boolean longest) {
        int[] s = value.codePoints().toArray();
        int len = pick(prefixMatches(tokens, s, 0), longest);
        return len < 0 ? value : new String(s, len, s.length - len);
    }

    /** Like BuildKit: reverse pattern and value, and trim a prefix. */
    String trimSuffix(String value, boolean longest) {
        int[] s = value.codePoints().toArray();
        int[] reversed = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            reversed[i] = s[s.length - 1 - i];
        }
        int[] reversedTokens = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            reversedTokens[i] = tokens[tokens.length - 1 - i];
        }
        int len = pick(prefixMatches(reversedTokens, reversed, 0), longest);
        return len < 0 ? value : new String(s, 0, s.length - len);
    }

    String replace(String value, String replacement, boolean all) {
        int[] s = value.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean replaced = false;
        int lastMatchEnd = -1;
        while (i <= s.length) {
            int len = replaced && !all ? -1 : pick(prefixMatches(tokens, s, i), true);
            if (len >= 0 && !(len == 0 && i == lastMatchEnd)) {
                out.append(replacement);
                replaced = true;
                lastMatchEnd = i + len;
                if (len > 0) {
                    i += len;
                    continue;
                }
            }
            if (i < s.length) {
                out.appendCodePoint(s[i]);
            }
            i++;
        }
        return out.toString();
    }
}
