package dev.trusty.image.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which files an analyzer wants to read: exact paths, globs or a cheap predicate on the entry's
 * name, mode and size. Evaluated on every tar header, so it must never look at content.
 * Paths are written as users know them ({@code /etc/passwd}); globs support {@code *}, {@code ?}
 * and {@code **} (any number of directories).
 */
public final class FileSelector {
    private final Set<String> exact;
    private final List<Pattern> globs;
    private final Predicate<FileEntry> predicate;

    private FileSelector(Set<String> exact, List<Pattern> globs, Predicate<FileEntry> predicate) {
        this.exact = exact;
        this.globs = globs;
        this.predicate = predicate;
    }

    public static FileSelector paths(String... absolutePaths) {
        Set<String> set = new java.util.HashSet<>();
        for (String p : absolutePaths) {
            set.add(strip(p));
        }
        return new FileSelector(Set.copyOf(set), List.of(), null);
    }

    public static FileSelector globs(String... globs) {
        List<Pattern> patterns = new ArrayList<>();
        for (String g : globs) {
            patterns.add(globToRegex(strip(g)));
        }
        return new FileSelector(Set.of(), List.copyOf(patterns), null);
    }

    public static FileSelector matching(Predicate<FileEntry> predicate) {
        return new FileSelector(Set.of(), List.of(), predicate);
    }

    /** This selector or the other: the union of what both want. */
    public FileSelector or(FileSelector other) {
        Set<String> e = new java.util.HashSet<>(exact);
        e.addAll(other.exact);
        List<Pattern> g = new ArrayList<>(globs);
        g.addAll(other.globs);
        Predicate<FileEntry> p = predicate == null ? other.predicate
                : other.predicate == null ? predicate : predicate.or(other.predicate);
        return new FileSelector(Set.copyOf(e), List.copyOf(g), p);
    }

    public boolean matches(FileEntry entry) {
        if (exact.contains(entry.path())) {
            return true;
        }
        for (Pattern glob : globs) {
            if (glob.matcher(entry.path()).matches()) {
                return true;
            }
        }
        return predicate != null && predicate.test(entry);
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    static Pattern globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean dirs = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                re.append(dirs ? "(?:.*/)?" : ".*");
                i += dirs ? 2 : 1;
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
