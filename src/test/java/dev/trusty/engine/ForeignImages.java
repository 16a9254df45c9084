package dev.trusty.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Images that claim another platform, put in the store with {@code docker load}: with no registry this is
 * the only way (the 20.10 engine ignores {@code import --platform}). The image is a one-file layer and a
 * config with the given os/architecture/variant and env; it is never run, only inspected.
 */
public final class ForeignImages {
    private ForeignImages() {
    }

    /** Loads {@code repoTag}; the caller removes it ({@link Engine#removeImage}). */
    public static void load(String repoTag, String os, String arch, String variant, List<String> env)
            throws IOException, InterruptedException {
        byte[] archive = archive(repoTag, os, arch, variant, env);
        Process load = new ProcessBuilder("docker", "load", "-q").redirectErrorStream(true).start();
        try (OutputStream in = load.getOutputStream()) {
            in.write(archive);
        }
        String out = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (load.waitFor() != 0) {
            throw new IllegalStateException("docker load failed: " + out.strip());
        }
    }

    /** A {@code docker save} style archive: manifest.json, the config, one layer. */
    static byte[] archive(String repoTag, String os, String arch, String variant, List<String> env) throws IOException {
        byte[] layer = tar(Map.of("hello.txt", "hello\n".getBytes(StandardCharsets.UTF_8)));
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("architecture", arch);
        config.put("os", os);
        if (!variant.isEmpty()) {
            config.put("variant", variant);
        }
        config.put("created", "2026-01-01T00:00:00Z");
        config.put("config", Map.of("Env", env));
        config.put("rootfs", Map.of("type", "layers", "diff_ids", List.of("sha256:" + sha256(layer))));
        byte[] configBytes = json.writeValueAsBytes(config);
        String configName = sha256(configBytes) + ".json";
        byte[] manifest = json.writeValueAsBytes(List.of(Map.of("Config", configName, "RepoTags", List.of(repoTag),
                "Layers", List.of("layer.tar"))));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("layer.tar", layer);
        files.put(configName, configBytes);
        files.put("manifest.json", manifest);
        return tar(files);
    }

    private static byte[] tar(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
                entry.setSize(f.getValue().length);
                entry.setMode(0644);
                tar.putArchiveEntry(entry);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
