package dev.trusty.image;

import dev.trusty.image.layers.FileEntry;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The entries checks judge by their tar header alone (no content): setuid/setgid and
 * world-writable files, package-manager caches, and files that should not ship in an image.
 */
public final class NotableEntries {
    private NotableEntries() {
    }

    /** Package-manager caches: directory prefixes whose regular files are leftovers of an install. */
    public static final List<String> CACHE_DIRS = List.of("var/lib/apt/lists/", "var/cache/apt/archives/",
            "var/cache/apk/", "var/cache/yum/", "var/cache/dnf/", "var/cache/zypp/", "root/.cache/pip/",
            "root/.npm/_cacache/", "usr/local/share/.cache/yarn/", "root/.cache/yarn/");

    static final Set<String> NEEDLESS_FILES = Set.of("Dockerfile", "docker-compose.yml", "docker-compose.yaml",
            "compose.yaml", ".vimrc", ".DS_Store", ".bash_history", ".python_history");
    static final Set<String> NEEDLESS_DIRS = Set.of(".git", ".svn", ".aws", ".azure", ".gcp", ".vscode", ".idea");

    public static final Predicate<FileEntry> PREDICATE = NotableEntries::notable;

    static boolean notable(FileEntry e) {
        if (e.type() == FileEntry.Type.SYMLINK) {
            return false;
        }
        if (e.hasAny(FileEntry.SETUID | FileEntry.SETGID) && !e.isDirectory()) {
            return true;
        }
        if (e.hasAny(FileEntry.OTHER_WRITE)) {
            return true;
        }
        if (e.isRegularFile() && cacheDir(e.path()) != null) {
            return true;
        }
        if (e.path().contains("/node_modules/") || e.path().contains("/vendor/")) {
            return false;
        }
        return e.isDirectory() ? NEEDLESS_DIRS.contains(e.name()) : NEEDLESS_FILES.contains(e.name());
    }

    /** The cache directory {@code path} is in, or null. */
    public static String cacheDir(String path) {
        for (String dir : CACHE_DIRS) {
            if (path.startsWith(dir) && !path.endsWith("/lock") && !path.contains("/partial/")) {
                return dir;
            }
        }
        return null;
    }
}
