package dev.trusty.cli;

import dev.trusty.core.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds what {@code trusty scan} can analyse under the paths it was given. Files named on the
 * command line are always classified; inside directories, version-control and dependency folders
 * are skipped (they hold other people's files, and walking node_modules costs seconds).
 */
final class TargetDiscovery {

    enum Kind { DOCKERFILE, CONTAINER_CONFIG, IMAGE }

    /** One classifier per kind, tried in declaration order; the first that accepts a file wins. */
    private final Map<Kind, Predicate<Path>> classifiers = new EnumMap<>(Kind.class);

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "node_modules", ".terraform",
            ".venv", "__pycache__", ".idea", ".gradle", ".mvn");

    TargetDiscovery with(Kind kind, Predicate<Path> accepts) {
        classifiers.put(kind, accepts);
        return this;
    }

    /** The analysable files (and image directories) under {@code paths}, by kind, in walk order. */
    Map<Kind, List<Path>> discover(List<Path> paths) {
        Map<Kind, List<Path>> found = new EnumMap<>(Kind.class);
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                if (classify(path, found)) {
                    continue; // an image layout directory is one target, not a tree to walk
                }
                Map<Kind, List<Path>> inside = new EnumMap<>(Kind.class);
                walk(path, inside);
                inside.forEach((kind, files) -> found.computeIfAbsent(kind, k -> new ArrayList<>())
                        .addAll(files.stream().sorted().toList()));
            } else if (Files.isRegularFile(path)) {
                if (!classify(path, found)) {
                    throw new InputException(path + ": not a Dockerfile, compose file, Kubernetes manifest, "
                            + "script with 'docker run' lines or image archive");
                }
            } else {
                throw new InputException(path + ": no such file or directory");
            }
        }
        return found;
    }

    private boolean classify(Path path, Map<Kind, List<Path>> found) {
        for (Map.Entry<Kind, Predicate<Path>> entry : classifiers.entrySet()) {
            if (entry.getValue().test(path)) {
                found.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(path);
                return true;
            }
        }
        return false;
    }

    private void walk(Path root, Map<Kind, List<Path>> found) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    if (!dir.equals(root) && name != null && SKIPPED_DIRS.contains(name.toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(root) && classify(dir, found)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        classify(file, found);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable entries are not ours to judge
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
