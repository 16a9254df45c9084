package dev.trusty.image.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * Aho-Corasick automaton over lower-cased ASCII bytes: one pass over a file tells which detectors'
 * keywords occur in it, so most files are rejected without running a single regex. Works on raw
 * bytes, so files are never decoded unless a keyword is found.
 */
final class KeywordIndex {
    private static final byte[] LOWER = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            LOWER[i] = (byte) (i >= 'A' && i <= 'Z' ? i + 32 : i);
        }
    }

    /**
     * state * 256 + byte -> next state * 256, with the sign bit set when a keyword ends in the next
     * state. Upper-case bytes map like lower-case ones, so matching needs no separate folding step.
     */
    private final int[] delta;
    private final long[] masks;  // per state: the detectors whose keyword ends here (via fail links too)

    /** @param keywordsByDetector for detector i (at most 64), its keywords */
    KeywordIndex(List<List<String>> keywordsByDetector) {
        if (keywordsByDetector.size() > 64) {
            throw new IllegalArgumentException("at most 64 detectors");
        }
        List<int[]> gotoTable = new ArrayList<>();
        List<Long> out = new ArrayList<>();
        gotoTable.add(newRow());
        out.add(0L);
        for (int d = 0; d < keywordsByDetector.size(); d++) {
            for (String keyword : keywordsByDetector.get(d)) {
                int state = 0;
                for (char ch : keyword.toCharArray()) {
                    int c = LOWER[ch & 0xff] & 0xff;
                    if (gotoTable.get(state)[c] < 0) {
                        gotoTable.get(state)[c] = gotoTable.size();
                        gotoTable.add(newRow());
                        out.add(0L);
                    }
                    state = gotoTable.get(state)[c];
                }
                out.set(state, out.get(state) | (1L << d));
            }
        }
        int n = gotoTable.size();
        delta = new int[n * 256];
        masks = new long[n];
        int[] fail = new int[n];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < 256; c++) {
            int next = gotoTable.get(0)[c];
            delta[c] = Math.max(next, 0);
            if (next > 0) {
                queue.add(next);
            }
        }
        masks[0] = out.get(0);
        while (!queue.isEmpty()) {
            int s = queue.poll();
            masks[s] = out.get(s) | masks[fail[s]];
            for (int c = 0; c < 256; c++) {
                int next = gotoTable.get(s)[c];
                if (next > 0) {
                    fail[next] = delta[fail[s] * 256 + c];
                    queue.add(next);
                    delta[s * 256 + c] = next;
                } else {
                    delta[s * 256 + c] = delta[fail[s] * 256 + c];
                }
            }
        }
        encode(delta, masks);
    }

    /** Folds ASCII case into the table, pre-multiplies states by 256 and flags states with output. */
    private static void encode(int[] delta, long[] masks) {
        int states = masks.length;
        for (int s = 0; s < states; s++) {
            for (int c = 'A'; c <= 'Z'; c++) {
                delta[s * 256 + c] = delta[s * 256 + c + 32];
            }
        }
        for (int i = 0; i < delta.length; i++) {
            int next = delta[i];
            delta[i] = (next << 8) | (masks[next] != 0 ? Integer.MIN_VALUE : 0);
        }
    }

    private static int[] newRow() {
        int[] row = new int[256];
        Arrays.fill(row, -1);
        return row;
    }

    /**
     * Where keywords end in {@code data[0..length)}: parallel arrays of positions (exclusive end)
     * and the detectors whose keyword ends there. Positions let the patterns run only near them.
     */
    static final class Hits {
        int count;
        int[] positions = new int[16];
        long[] detectors = new long[16];
        long all;

        void add(int position, long mask) {
            if (count == positions.length) {
                positions = java.util.Arrays.copyOf(positions, count * 2);
                detectors = java.util.Arrays.copyOf(detectors, count * 2);
            }
            positions[count] = position;
            detectors[count++] = mask;
            all |= mask;
        }
    }

    Hits find(byte[] data, int length) {
        Hits hits = new Hits();
        int state = 0;
        int[] d = delta;
        long[] m = masks;
        for (int i = 0; i < length; i++) {
            int next = d[state | (data[i] & 0xff)];
            state = next & 0x7fffff00;
            if (next < 0) {
                hits.add(i + 1, m[state >>> 8]);
            }
        }
        return hits;
    }

    /** The detectors (as a bit mask) with at least one keyword in {@code data[0..length)}. */
    long scan(byte[] data, int length) {
        int state = 0;
        long found = 0;
        int[] d = delta;
        long[] m = masks;
        for (int i = 0; i < length; i++) {
            int next = d[state | (data[i] & 0xff)];
            state = next & 0x7fffff00;
            if (next < 0) {
                found |= m[state >>> 8];
            }
        }
        return found;
    }
}
