package dev.trusty.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.airlift.compress.zstd.ZstdOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/** Writes image archives and layers in tests: OCI layouts, docker save archives, odd tar entries. */
public final class TestArchives {
    static final ObjectMapper JSON = new ObjectMapper();

    private TestArchives() {
    }

    /** A layer tar written entry by entry. */
    static final java.util.Date FIXED_TIME = new java.util.Date(1_700_000_000_000L);

    public static final class Layer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final TarArchiveOutputStream tar;

        public Layer() {
            this("UTF-8");
        }

        /** A layer whose plain headers encode names in {@code encoding} (e.g. ISO-8859-1: not valid UTF-8). */
        public Layer(String encoding) {
            tar = new TarArchiveOutputStream(bytes, encoding);
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        public Layer file(String name, String content, int mode) {
            return file(name, content.getBytes(StandardCharsets.UTF_8), mode, 0, 0);
        }

        public Layer file(String name, byte[] content, int mode, long uid, long gid) {
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(content.length);
            e.setMode(0100000 | mode);
            e.setUserId(uid);
            e.setGroupId(gid);
            return put(e, content);
        }

        public Layer dir(String name, int mode) {
            TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
            e.setMode(040000 | mode);
            return put(e, null);
        }

        public Layer symlink(String name, String target) {
            TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
            e.setLinkName(target);
            e.setMode(0120777);
            return put(e, null);
        }

        public Layer hardlink(String name, String target) {
            TarArchiveEntry e = new TarArchiveEntry(name, TarConstants.LF_LINK);
            e.setLinkName(target);
            e.setMode(0100644);
            return put(e, null);
        }

        public Layer whiteout(String path) {
            int slash = path.lastIndexOf('/');
            return file(path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1), "", 0644);
        }

        public Layer opaque(String dir) {
            return file(dir + "/.wh..wh..opq", "", 0644);
        }

        /** An entry whose name is raw bytes (e.g. Latin-1, not valid UTF-8), written in a plain header. */
        public Layer rawName(byte[] name, String content) {
            TarArchiveOutputStream raw = tar;
            try {
                TarArchiveEntry e = new TarArchiveEntry(new String(name, StandardCharsets.ISO_8859_1));
                e.setModTime(FIXED_TIME);
                byte[] body = content.getBytes(StandardCharsets.UTF_8);
                e.setSize(body.length);
                e.setMode(0100644);
                raw.putArchiveEntry(e);
                raw.write(body);
                raw.closeArchiveEntry();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return this;
        }

        private Layer put(TarArchiveEntry e, byte[] content) {
            e.setModTime(FIXED_TIME); // same content, same bytes, same digest
            try {
                tar.putArchiveEntry(e);
                if (content != null) {
                    tar.write(content);
                }
                tar.closeArchiveEntry();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return this;
        }

        private byte[] finished;

        public byte[] tar() {
            if (finished == null) {
                try {
                    tar.finish();
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                finished = bytes.toByteArray();
            }
            return finished;
        }

        public byte[] gzip() {
            return TestArchives.gzip(tar());
        }

        public byte[] zstd() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream z = new ZstdOutputStream(out)) {
                z.write(tar());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return out.toByteArray();
        }
    }

    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    public static String sha256(byte[] data) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An image config: user, env, history (one non-empty entry per layer unless given). */
    public static final class Config {
        final ObjectNode root = JSON.createObjectNode();
        final ObjectNode config = root.putObject("config");
        final ArrayNode history = root.putArray("history");

        public Config() {
            root.put("architecture", "amd64").put("os", "linux");
        }

        public Config user(String user) {
            config.put("User", user);
            return this;
        }

        public Config env(String... env) {
            ArrayNode a = config.putArray("Env");
            for (String e : env) {
                a.add(e);
            }
            return this;
        }

        public Config label(String key, String value) {
            (config.has("Labels") ? (ObjectNode) config.get("Labels") : config.putObject("Labels")).put(key, value);
            return this;
        }

        public Config expose(String port) {
            (config.has("ExposedPorts") ? (ObjectNode) config.get("ExposedPorts") : config.putObject("ExposedPorts")).putObject(port);
            return this;
        }

        public Config volume(String path) {
            (config.has("Volumes") ? (ObjectNode) config.get("Volumes") : config.putObject("Volumes")).putObject(path);
            return this;
        }

        public Config healthcheck(String... test) {
            ArrayNode t = config.putObject("Healthcheck").putArray("Test");
            for (String s : test) {
                t.add(s);
            }
            return this;
        }

        public Config cmd(String... cmd) {
            ArrayNode a = config.putArray("Cmd");
            for (String s : cmd) {
                a.add(s);
            }
            return this;
        }

        public Config history(String createdBy, boolean emptyLayer) {
            ObjectNode h = history.addObject().put("created_by", createdBy);
            if (emptyLayer) {
                h.put("empty_layer", true);
            }
            return this;
        }

        byte[] bytes(List<byte[]> uncompressedLayers) {
            ObjectNode copy = root.deepCopy();
            ArrayNode diffIds = copy.putObject("rootfs").put("type", "layers").putArray("diff_ids");
            uncompressedLayers.forEach(l -> diffIds.add(sha256(l)));
            if (history.isEmpty()) {
                ArrayNode h = copy.putArray("history");
                uncompressedLayers.forEach(l -> h.addObject().put("created_by", "/bin/sh -c #(nop) COPY file:x in / "));
            }
            return write(copy);
        }
    }

    static byte[] write(Object json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OCI image layout: blobs named by digest, a manifest, an index. */
    public static final class Oci {
        final Map<String, byte[]> files = new LinkedHashMap<>();
        final ArrayNode manifests = JSON.createArrayNode();

        /** Adds one image; {@code layers} are stored as given (compressed or not), {@code uncompressed} give the diff ids. */
        public Oci image(Config config, List<byte[]> layers, List<byte[]> uncompressed, String platform, String refName) {
            byte[] configBytes = config.bytes(uncompressed);
            ObjectNode manifest = JSON.createObjectNode().put("schemaVersion", 2)
                    .put("mediaType", "application/vnd.oci.image.manifest.v1+json");
            manifest.putObject("config").put("mediaType", "application/vnd.oci.image.config.v1+json")
                    .put("digest", blob(configBytes)).put("size", configBytes.length);
            ArrayNode ls = manifest.putArray("layers");
            for (byte[] layer : layers) {
                ls.addObject().put("mediaType", "application/vnd.oci.image.layer.v1.tar+gzip")
                        .put("digest", blob(layer)).put("size", layer.length);
            }
            byte[] manifestBytes = write(manifest);
            ObjectNode d = manifests.addObject().put("mediaType", "application/vnd.oci.image.manifest.v1+json")
                    .put("digest", blob(manifestBytes)).put("size", manifestBytes.length);
            if (platform != null) {
                String[] p = platform.split("/");
                d.putObject("platform").put("os", p[0]).put("architecture", p[1]);
            }
            if (refName != null) {
                d.putObject("annotations").put("org.opencontainers.image.ref.name", refName);
            }
            return this;
        }

        public String blob(byte[] content) {
            String digest = sha256(content);
            files.put("blobs/sha256/" + digest.substring(7), content);
            return digest;
        }

        public Map<String, byte[]> files() {
            Map<String, byte[]> all = new LinkedHashMap<>();
            all.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
            ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2);
            index.set("manifests", manifests);
            all.put("index.json", write(index));
            all.putAll(files);
            return all;
        }
    }

    /** A legacy docker save archive: {@code <id>/layer.tar}, {@code <config>.json}, manifest.json (first or last). */
    public static Map<String, byte[]> dockerSave(Config config, List<byte[]> layerTars, String tag, boolean manifestLast) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] configBytes = config.bytes(layerTars);
        String configName = sha256(configBytes).substring(7) + ".json";
        List<String> layerNames = new ArrayList<>();
        for (byte[] layer : layerTars) {
            String id = sha256(layer).substring(7);
            layerNames.add(id + "/layer.tar");
        }
        ArrayNode manifest = JSON.createArrayNode();
        ObjectNode image = manifest.addObject().put("Config", configName);
        image.putArray("RepoTags").add(tag);
        ArrayNode ls = image.putArray("Layers");
        layerNames.forEach(ls::add);
        if (!manifestLast) {
            files.put("manifest.json", write(manifest));
        }
        for (int i = 0; i < layerTars.size(); i++) {
            files.put(layerNames.get(i), layerTars.get(i));
        }
        files.put(configName, configBytes);
        if (manifestLast) {
            files.put("manifest.json", write(manifest));
        }
        return files;
    }

    /** Writes the files as a tar archive. */
    public static Path tar(Path file, Map<String, byte[]> files) {
        Layer outer = new Layer();
        files.forEach((name, content) -> outer.file(name, content, 0644, 0, 0));
        return write(file, outer.tar());
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path directory(Path dir, Map<String, byte[]> files) {
        files.forEach((name, content) -> write(dir.resolve(name), content));
        return dir;
    }

    /** Applies {@code change} to a copy of the files, e.g. to corrupt one. */
    public static Map<String, byte[]> with(Map<String, byte[]> files, Consumer<Map<String, byte[]>> change) {
        Map<String, byte[]> copy = new LinkedHashMap<>(files);
        change.accept(copy);
        return copy;
    }
}
