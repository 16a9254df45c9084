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

    /** Whether the pattern matches exactly {@code s[from, to)}; dynamic programming, so no blow-up on many stars. */
    private boolean matches(int[] s, int from, int to) {
        int n = to - from;
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
        return row[n];
    }

    String trimPrefix(String value, boolean longest) {
        int[] s = value.codePoints().toArray();
        if (longest) {
            for (int len = s.length; len >= 0; len--) {
                if (matches(s, 0, len)) {
                    return new String(s, len, s.length - len);
                }
            }
        } else {
            for (int len = 0; len <= s.length; len++) {
                if (matches(s, 0, len)) {
                    return new String(s, len, s.length - len);
                }
            }
        }
        return value;
    }

    String trimSuffix(String value, boolean longest) {
        int[] s = value.codePoints().toArray();
        if (longest) {
            for (int start = 0; start <= s.length; start++) {
                if (matches(s, start, s.length)) {
                    return new String(s, 0, start);
                }
            }
        } else {
            for (int start = s.length; start >= 0; start--) {
                if (matches(s, start, s.length)) {
                    return new String(s, 0, start);
                }
            }
        }
        return value;
    }

    String replace(String value, String replacement, boolean all) {
        int[] s = value.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int i = 0;
        boolean replaced = false;
        int lastMatchEnd = -1;
        while (i <= s.length) {
            int end = -1;
            if (!replaced || all) {
                for (int k = s.length; k >= i; k--) {
                    if (matches(s, i, k)) {
                        end = k;
                        break;
                    }
                }
            }
            if (end >= 0 && !(end == i && i == lastMatchEnd)) {
                out.append(replacement);
                replaced = true;
                lastMatchEnd = end;
                if (end > i) {
                    i = end;
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
