package dev.trusty.dockerfile.rules;

import java.util.Locale;
import java.util.Set;

/** Small helpers on paths and words as written in Dockerfiles. */
final class Paths {
    static final Set<String> ARCHIVE_EXTENSIONS = Set.of(".tar", ".z", ".bz2", ".gz", ".lz", ".lzma", ".tz",
            ".tb2", ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz", ".zst", ".tzst");
    /** The last letter of every extension of {@link #ARCHIVE_EXTENSIONS}. */
    private static final String ARCHIVE_LAST_LETTERS = "rz2at";

    private Paths() {
    }

    static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    static boolean isArchive(String path) {
        String p = unquote(path);
        // every extension is one dot and a few letters, so only the text from the last dot can match
        int dot = p.lastIndexOf('.');
        // and every extension ends in r, z, 2, a or t: other names need no lower-case copy of their extension
        return dot >= 0 && p.length() - dot <= 6 && ARCHIVE_LAST_LETTERS.indexOf(Character.toLowerCase(p.charAt(p.length() - 1))) >= 0
                && ARCHIVE_EXTENSIONS.contains(p.substring(dot).toLowerCase(Locale.ROOT));
    }

    static boolean isUrl(String path) {
        String p = unquote(path);
        return p.contains("://") || p.startsWith("git@");
    }

    static String baseName(String path) {
        String p = unquote(path);
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        int slash = p.lastIndexOf('/');
        return slash >= 0 ? p.substring(slash + 1) : p;
    }
}
