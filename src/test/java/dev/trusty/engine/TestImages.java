package dev.trusty.engine;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test images built with no registry: a root filesystem tar made here (Debian's static busybox plus its
 * applet symlinks) imported through {@link Engine#importImage}. Tests that create containers or images
 * do it through a {@link Scope}, which removes exactly those afterwards: the engine may be shared.
 */
public final class TestImages {
    /** The shared base image; kept between runs (import is idempotent) so parallel test runs never race on it. */
    public static final String BUSYBOX = "trusty-test/busybox:latest";
    /** Label on everything tests create, to tell test debris from real containers. */
    public static final String TEST_LABEL = "dev.trusty.test";

    private static final Path BUSYBOX_BINARY = Path.of("/bin/busybox");
    private static volatile boolean busyboxReady;

    private TestImages() {
    }

    /** Makes sure {@link #BUSYBOX} exists (importing it on first use) and returns its reference. */
    public static String busybox(Engine engine) {
        if (!busyboxReady) {
            synchronized (TestImages.class) {
                if (!busyboxReady) {
                    try {
                        engine.inspectImage(BUSYBOX);
                    } catch (EngineException e) {
                        if (!e.isNotFound()) {
                            throw e;
                        }
                        String[] repoTag = BUSYBOX.split(":");
                        engine.importImage(new ByteArrayInputStream(busyboxRootfs()), repoTag[0], repoTag[1],
                                List.of("CMD [\"/bin/sh\"]", "LABEL " + TEST_LABEL + "=busybox"));
                    }
                    busyboxReady = true;
                }
            }
        }
        return BUSYBOX;
    }

    /**
     * A root filesystem: {@code /bin/busybox} (static, from Debian's busybox-static), a symlink per applet,
     * and empty {@code /tmp}, {@code /etc}, {@code /proc}, {@code /sys}, {@code /dev} mount points.
     */
    public static byte[] busyboxRootfs() {
        if (!Files.isExecutable(BUSYBOX_BINARY)) {
            throw new IllegalStateException(BUSYBOX_BINARY + " is missing: install Debian's busybox-static");
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(3 << 20);
            try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (String dir : List.of("bin/", "dev/", "etc/", "proc/", "sys/", "tmp/")) {
                    TarArchiveEntry entry = new TarArchiveEntry(dir);
                    entry.setMode(dir.equals("tmp/") ? 01777 : 0755);
                    tar.putArchiveEntry(entry);
                    tar.closeArchiveEntry();
                }
                TarArchiveEntry binary = new TarArchiveEntry(BUSYBOX_BINARY.toFile(), "bin/busybox");
                binary.setMode(0755);
                binary.setIds(0, 0);
                binary.setNames("root", "root");
                tar.putArchiveEntry(binary);
                Files.copy(BUSYBOX_BINARY, tar);
                tar.closeArchiveEntry();
                for (String applet : applets()) {
                    TarArchiveEntry link = new TarArchiveEntry("bin/" + applet, TarConstants.LF_SYMLINK);
                    link.setLinkName("busybox");
                    tar.putArchiveEntry(link);
                    tar.closeArchiveEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The applets this busybox was built with, as {@code busybox --list} prints them. */
    private static Set<String> applets() throws IOException {
        Process list = new ProcessBuilder(BUSYBOX_BINARY.toString(), "--list").redirectErrorStream(true).start();
        String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Set<String> applets = new LinkedHashSet<>();
        for (String line : out.split("\n")) {
            String name = line.strip();
            if (name.matches("[A-Za-z0-9._\\[\\]-]+") && !name.equals("busybox")) {
                applets.add(name);
            }
        }
        if (!applets.contains("sh")) {
            throw new IllegalStateException(BUSYBOX_BINARY + " --list has no 'sh': " + out.lines().findFirst().orElse(""));
        }
        return applets;
    }

    /** A fresh name that says where it came from, e.g. {@code trusty-test-3f2a9c1b}. */
    public static String uniqueName() {
        return "trusty-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates test containers and images and removes exactly those on close (containers first). */
    public static final class Scope implements AutoCloseable {
        private final Engine engine;
        private final List<String> containers = new ArrayList<>();
        private final List<String> images = new ArrayList<>();

        public Scope(Engine engine) {
            this.engine = engine;
        }

        /** Creates a labelled container from {@link #BUSYBOX} running {@code cmd}; returns its id. */
        public String busyboxContainer(String... cmd) {
            return container(uniqueName(), new LinkedHashMap<>(Map.of(
                    "Image", busybox(engine),
                    "Cmd", List.of(cmd),
                    "Labels", Map.of(TEST_LABEL, "1"))));
        }

        /** Creates a container from a full create body (add the {@link #TEST_LABEL} label yourself). */
        public String container(String name, Object config) {
            String id = engine.createContainer(name, config);
            containers.add(id);
            return id;
        }

        /** Imports {@code rootfsTar} as {@code repository:tag}; returns the reference. */
        public String image(byte[] rootfsTar, String repository, String tag, List<String> changes) {
            engine.importImage(new ByteArrayInputStream(rootfsTar), repository, tag, changes);
            String reference = repository + ":" + tag;
            images.add(reference);
            return reference;
        }

        @Override
        public void close() {
            RuntimeException first = null;
            for (String id : containers.reversed()) {
                first = remove(() -> engine.removeContainer(id, true), first);
            }
            for (String image : images.reversed()) {
                first = remove(() -> engine.removeImage(image, true), first);
            }
            containers.clear();
            images.clear();
            if (first != null) {
                throw first;
            }
        }

        private static RuntimeException remove(Runnable removal, RuntimeException first) {
            try {
                removal.run();
            } catch (EngineException e) {
                if (!e.isNotFound()) { // already gone is fine
                    return first != null ? first : e;
                }
            } catch (RuntimeException e) {
                return first != null ? first : e;
            }
            return first;
        }
    }
}
