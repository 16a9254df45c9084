package dev.trusty.dockerfile.lint;

import dev.trusty.core.InputException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds Dockerfiles: by name ({@code Dockerfile}, {@code *.Dockerfile}, {@code Dockerfile.*}, {@code Containerfile}). */
public final class DockerfileFinder {
    private static final Set<String> SKIP_DIRS = Set.of(".git", "node_modules", "target", "build", ".venv", "vendor",
            ".idea", "__pycache__", ".gradle", ".tox");

    private DockerfileFinder() {
    }

    /** True when the file name says it is a Dockerfile (case-insensitive, as users name them both ways). */
    public static boolean looksLikeDockerfile(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.equals("dockerfile") || n.equals("containerfile") || n.endsWith(".dockerfile")
                || n.endsWith(".containerfile") || (n.startsWith("dockerfile.") || n.startsWith("containerfile."))
                && !n.endsWith(".dockerignore") && !n.endsWith(".md");
    }

    /** Files stay as given; directories are searched recursively (skipping VCS and dependency folders). */
    public static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                out.addAll(search(p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public static List<Path> search(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && SKIP_DIRS.contains(d.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && looksLikeDockerfile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(dir + ": cannot search: " + e.getMessage());
        }
        found.sort(null);
        return found;
    }
}
