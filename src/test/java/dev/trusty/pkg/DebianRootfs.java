package dev.trusty.pkg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Debian bookworm root filesystem made by {@code debootstrap --variant=minbase}, created
 * once and cached under the temp directory (or taken from {@code TRUSTY_ROOTFS_BOOKWORM}).
 * Outside CI the tests using it are skipped where debootstrap is missing; in CI it must work.
 */
public final class DebianRootfs {

    private static Path cached;

    private DebianRootfs() {
    }

    public static synchronized Path bookworm() throws IOException, InterruptedException {
        if (cached != null) {
            return cached;
        }
        String given = System.getenv("TRUSTY_ROOTFS_BOOKWORM");
        Path dir = given != null ? Path.of(given) : Path.of(System.getProperty("java.io.tmpdir"), "trusty-rootfs-bookworm");
        if (!Files.exists(dir.resolve("var/lib/dpkg/status"))) {
            boolean ci = "true".equals(System.getenv("CI"));
            assumeTrue(ci || onPath("debootstrap"), "debootstrap not installed");
            Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
            run(List.of("rm", "-rf", partial.toString()));
            long start = System.nanoTime();
            run(List.of("debootstrap", "--variant=minbase", "bookworm", partial.toString(), mirror()));
            Files.move(partial, dir);
            System.out.printf("debootstrap bookworm minbase took %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
        cached = dir;
        return dir;
    }

    /** The Debian mirror apt is configured with here, so the test uses what is reachable. */
    static String mirror() throws IOException {
        Pattern uri = Pattern.compile("(?:URIs:\\s*|^deb\\s+(?:\\[[^]]*]\\s+)?)(https?://\\S+)", Pattern.MULTILINE);
        for (Path source : List.of(Path.of("/etc/apt/sources.list"), Path.of("/etc/apt/sources.list.d/debian.sources"))) {
            if (Files.isReadable(source)) {
                Matcher m = uri.matcher(Files.readString(source));
                while (m.find()) {
                    if (!m.group(1).contains("security")) {
                        return m.group(1);
                    }
                }
            }
        }
        return "http://deb.debian.org/debian";
    }

    public static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.lines().reduce((a, b) -> b).orElse(""));
        }
        return out;
    }

    static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool));
    }
}
