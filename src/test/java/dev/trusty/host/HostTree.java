package dev.trusty.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A temporary directory standing in for a host's {@code /}: files with the modes and numeric owners
 * a test sets explicitly. Owners other than the current user need root (tests that need that check
 * {@link #canChown()}).
 */
public final class HostTree {
    private final Path root;

    public HostTree(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path path(String hostPath) {
        return root.resolve(hostPath.substring(1));
    }

    public HostTree file(String hostPath, String content, int mode, int uid, int gid) {
        Path p = path(hostPath);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set(hostPath, mode, uid, gid);
    }

    public HostTree file(String hostPath, String content) {
        return file(hostPath, content, 0644, -1, -1);
    }

    public HostTree dir(String hostPath, int mode, int uid, int gid) {
        try {
            Files.createDirectories(path(hostPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set(hostPath, mode, uid, gid);
    }

    /** A real Unix socket file, as dockerd leaves behind. */
    public HostTree socket(String hostPath, int mode, int uid, int gid) {
        Path p = path(hostPath);
        try {
            Files.createDirectories(p.getParent());
            try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                ch.bind(UnixDomainSocketAddress.of(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return set(hostPath, mode, uid, gid);
    }

    /** Mode always; owner only when given (-1 keeps the creating user). */
    public HostTree set(String hostPath, int mode, int uid, int gid) {
        Path p = path(hostPath);
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(rwx(mode)));
            if (uid >= 0) {
                Files.setAttribute(p, "unix:uid", uid);
            }
            if (gid >= 0) {
                Files.setAttribute(p, "unix:gid", gid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A process in the fake /proc: its NUL-separated command line and uid. */
    public HostTree process(int pid, int uid, String... argv) {
        file("/proc/" + pid + "/cmdline", String.join("\0", argv) + "\0");
        file("/proc/" + pid + "/status", "Name:\t" + Path.of(argv[0]).getFileName() + "\nUid:\t" + uid + "\t" + uid + "\t" + uid + "\t" + uid + "\n");
        return this;
    }

    public static boolean canChown() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String rwx(int mode) {
        String all = "rwxrwxrwx";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            s.append((mode & (0400 >> i)) != 0 ? all.charAt(i) : '-');
        }
        return s.toString();
    }
}
