package dev.trusty.image;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a root filesystem on disk (a debootstrap tree) as an image layer tar and docker save
 * archives around such layers, streaming file to file: a real rootfs is a few hundred MB.
 */
final class RootfsImage {

    private RootfsImage() {
    }

    /** The tree under {@code root} as a layer tar: directories, regular files and symlinks (devices are left out). */
    static Path layer(Path root, Path out) throws IOException {
        if (Files.isRegularFile(out)) {
            return out;
        }
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        try (OutputStream file = Files.newOutputStream(partial); TarArchiveOutputStream tar = new TarArchiveOutputStream(file);
             Stream<Path> walk = Files.walk(root)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Path p : walk.sorted().toList()) {
                if (p.equals(root)) {
                    continue;
                }
                String name = root.relativize(p).toString();
                int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
                TarArchiveEntry entry;
                boolean regular = false;
                if (Files.isSymbolicLink(p)) {
                    entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
                    entry.setLinkName(Files.readSymbolicLink(p).toString());
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    entry = new TarArchiveEntry(name + "/");
                    entry.setMode(040000 | mode);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    entry = new TarArchiveEntry(name);
                    entry.setMode(0100000 | mode);
                    entry.setSize(Files.size(p));
                    regular = true;
                } else {
                    continue;
                }
                entry.setIds((Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS),
                        (Integer) Files.getAttribute(p, "unix:gid", LinkOption.NOFOLLOW_LINKS));
                tar.putArchiveEntry(entry);
                if (regular) {
                    Files.copy(p, tar);
                }
                tar.closeArchiveEntry();
            }
        }
        return Files.move(partial, out);
    }

    /** A legacy docker save archive of {@code layers} (bottom-up), tagged {@code tag}, as a non-root user with a healthcheck. */
    static Path dockerSave(Path out, String tag, List<Path> layers) throws IOException {
        List<String> digests = new ArrayList<>();
        for (Path layer : layers) {
            digests.add(sha256(layer));
        }
        ObjectNode config = TestArchives.JSON.createObjectNode().put("architecture", "amd64").put("os", "linux");
        config.putObject("config").put("User", "1000").putObject("Healthcheck").putArray("Test").add("CMD").add("true");
        ArrayNode diffIds = config.putObject("rootfs").put("type", "layers").putArray("diff_ids");
        ArrayNode history = config.putArray("history");
        digests.forEach(d -> {
            diffIds.add(d);
            history.addObject().put("created_by", "/bin/sh -c #(nop) COPY dir:rootfs in / ");
        });
        byte[] configBytes = TestArchives.write(config);
        String configName = TestArchives.sha256(configBytes).substring(7) + ".json";
        ArrayNode manifest = TestArchives.JSON.createArrayNode();
        ObjectNode image = manifest.addObject().put("Config", configName);
        image.putArray("RepoTags").add(tag);
        ArrayNode layerNames = image.putArray("Layers");
        digests.forEach(d -> layerNames.add(d.substring(7) + "/layer.tar"));
        try (OutputStream file = Files.newOutputStream(out); TarArchiveOutputStream tar = new TarArchiveOutputStream(file)) {
            put(tar, "manifest.json", TestArchives.write(manifest));
            put(tar, configName, configBytes);
            for (int i = 0; i < layers.size(); i++) {
                TarArchiveEntry entry = new TarArchiveEntry(digests.get(i).substring(7) + "/layer.tar");
                entry.setSize(Files.size(layers.get(i)));
                tar.putArchiveEntry(entry);
                Files.copy(layers.get(i), tar);
                tar.closeArchiveEntry();
            }
        }
        return out;
    }

    /** A layer of small files given as name/content pairs. */
    static Path smallLayer(Path out, TestArchives.Layer layer) throws IOException {
        return Files.write(out, layer.tar());
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }
}
