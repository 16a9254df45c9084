package dev.trusty.pkg;

import dev.trusty.core.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The inventory of a root filesystem on disk (an unpacked image, a debootstrap tree, a project
 * directory). Symbolic links are not followed, so links pointing at the host stay out.
 */
public final class DirectoryInventory {

    private DirectoryInventory() {
    }

    public static Inventory scan(Path root) {
        return scan(root, InventoryBuilder.standard());
    }

    public static Inventory scan(Path root, InventoryBuilder builder) {
        if (!Files.isDirectory(root)) {
            throw new InputException(root + ": not a directory");
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    String path = "/" + root.relativize(file).toString().replace('\\', '/');
                    if (builder.wants(path)) {
                        try (InputStream in = Files.newInputStream(file)) {
                            builder.accept(path, null, in);
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(root + ": cannot read (" + e.getMessage() + ")", e);
        }
        return builder.build();
    }
}
