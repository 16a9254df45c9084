package dev.trusty.host.facts;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The host's file system seen through a root directory: {@code /} in real runs, a temporary tree
 * in tests. Every path given or returned is a host path; only this class knows the root.
 */
public final class HostFiles {
    private final Path root;
    private Map<Integer, String> users;
    private Map<Integer, String> groups;

    public HostFiles(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public boolean isRealRoot() {
        return root.toAbsolutePath().normalize().getParent() == null;
    }

    /** The real location of a host path. */
    public Path resolve(String hostPath) {
        String relative = hostPath.startsWith("/") ? hostPath.substring(1) : hostPath;
        return relative.isEmpty() ? root : root.resolve(relative);
    }

    public boolean exists(String hostPath) {
        return Files.exists(resolve(hostPath));
    }

    public FileFact stat(String hostPath) {
        Path real = resolve(hostPath);
        try {
            Map<String, Object> a = Files.readAttributes(real, "unix:mode,uid,gid");
            int rawMode = (Integer) a.get("mode");
            int uid = (Integer) a.get("uid");
            int gid = (Integer) a.get("gid");
            return new FileFact(hostPath, FileFact.State.PRESENT, type(rawMode), rawMode & 07777, uid, gid,
                    userNames().get(uid), groupNames().get(gid), null);
        } catch (NoSuchFileException e) {
            return FileFact.missing(hostPath);
        } catch (AccessDeniedException e) {
            return FileFact.denied(hostPath, "permission denied");
        } catch (IOException | UnsupportedOperationException e) {
            return FileFact.denied(hostPath, String.valueOf(e.getMessage()));
        }
    }

    /** The file's text, empty when it is absent; {@link AccessDeniedException} passes through. */
    public Optional<String> read(String hostPath) throws AccessDeniedException {
        try {
            return Optional.of(Files.readString(resolve(hostPath)));
        } catch (AccessDeniedException e) {
            throw e;
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Reads what it can, treating an unreadable file like a missing one. */
    public Optional<String> readQuietly(String hostPath) {
        try {
            return read(hostPath);
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    /** Host paths of regular files under a directory whose names end with {@code suffix}, sorted. */
    public List<String> findFiles(String hostDir, String suffix) {
        Path dir = resolve(hostDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .forEach(p -> found.add(hostPath(p)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return found;
        }
        found.sort(String::compareTo);
        return found;
    }

    /** Names of the entries of a directory, empty when absent or unreadable. */
    public List<String> list(String hostDir) {
        try (Stream<Path> entries = Files.list(resolve(hostDir))) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private String hostPath(Path real) {
        Path rel = root.relativize(real);
        return "/" + rel.toString().replace('\\', '/');
    }

    Map<Integer, String> userNames() {
        if (users == null) {
            users = idNames("/etc/passwd");
        }
        return users;
    }

    Map<Integer, String> groupNames() {
        if (groups == null) {
            groups = idNames("/etc/group");
        }
        return groups;
    }

    /** name:x:id:... files: /etc/passwd and /etc/group share the first three fields. */
    private Map<Integer, String> idNames(String file) {
        Map<Integer, String> names = new HashMap<>();
        for (String line : readQuietly(file).orElse("").split("\n")) {
            String[] f = line.split(":", -1);
            if (f.length >= 3) {
                try {
                    names.putIfAbsent(Integer.parseInt(f[2].trim()), f[0]);
                } catch (NumberFormatException ignored) {
                    // a malformed line names nobody
                }
            }
        }
        return names;
    }

    private static String type(int rawMode) {
        return switch (rawMode & 0170000) {
            case 0140000 -> "socket";
            case 0120000 -> "symlink";
            case 0100000 -> "file";
            case 0040000 -> "directory";
            default -> "special file";
        };
    }
}
