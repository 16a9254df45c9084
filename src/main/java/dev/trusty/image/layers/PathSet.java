package dev.trusty.image.layers;

import java.nio.charset.StandardCharsets;

/**
 * A compact set of paths, stored as 64-bit hashes, so that a layer can remember every path it
 * holds (to tell which lower files it overwrites) in 8-16 bytes per file instead of a String.
 * A false "contains" needs a 64-bit collision between two paths of one image: negligible.
 */
final class PathSet {
    private long[] slots = new long[64];
    private int size;

    void add(String path) {
        long h = hash(path);
        if (size * 2 >= slots.length) {
            grow();
        }
        insert(slots, h);
    }

    boolean contains(String path) {
        long h = hash(path);
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == 0) {
                return false;
            }
            if (slots[i] == h) {
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    private boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = h;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (table[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != 0) {
                insert(bigger, h);
            }
        }
        slots = bigger;
    }

    /** FNV-1a over UTF-8 bytes, mixed; never 0 (0 marks an empty slot). */
    static long hash(String path) {
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
