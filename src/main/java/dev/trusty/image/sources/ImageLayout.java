package dev.trusty.image.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.InputException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the images in an archive or layout: docker save's {@code manifest.json} (legacy and the
 * OCI-style one newer engines write, which also has it), else an OCI {@code index.json} walked
 * down through nested indexes to image manifests, picking one platform when there are several.
 */
final class ImageLayout {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INDEX_TYPES = "application/vnd.oci.image.index.v1+json "
            + "application/vnd.docker.distribution.manifest.list.v2+json";

    /** A layer blob of an image and the digest its reference promises (null when nothing does). */
    record LayerRef(String blob, String digest) {
    }

    /** One image: where its config is, its layers bottom-up, and the names it is known by. */
    record ImageRef(String configBlob, String configDigest, List<LayerRef> layers, List<String> tags) {
    }

    private ImageLayout() {
    }

    /**
     * @param docs     reads a small JSON file of the archive by path (verifying its digest), null when absent
     * @param platform the platform asked for, or null for "the only one, else the host's"
     */
    static List<ImageRef> resolve(String source, Function<String, byte[]> docs, Platform platform) {
        byte[] manifest = docs.apply("manifest.json");
        if (manifest != null) {
            return fromDockerManifest(source, manifest);
        }
        byte[] index = docs.apply("index.json");
        if (index != null) {
            return fromOciIndex(source, docs, index, platform);
        }
        throw new InputException(source + ": not an image archive: it has neither manifest.json nor index.json "
                + "(expected a 'docker save' archive or an OCI image layout)");
    }

    private static List<ImageRef> fromDockerManifest(String source, byte[] bytes) {
        JsonNode root = parse(source, "manifest.json", bytes);
        if (!root.isArray() || root.isEmpty()) {
            throw new InputException(source + ": manifest.json: expected a non-empty JSON array of images");
        }
        List<ImageRef> images = new ArrayList<>();
        for (JsonNode image : root) {
            String config = image.path("Config").asText("");
            if (config.isEmpty() || !image.path("Layers").isArray()) {
                throw new InputException(source + ": manifest.json: an image entry lacks Config or Layers");
            }
            List<LayerRef> layers = new ArrayList<>();
            for (JsonNode layer : image.path("Layers")) {
                layers.add(new LayerRef(layer.asText(), Digests.promisedByName(layer.asText())));
            }
            List<String> tags = new ArrayList<>();
            image.path("RepoTags").forEach(t -> tags.add(t.asText()));
            images.add(new ImageRef(config, Digests.promisedByName(config), List.copyOf(layers), List.copyOf(tags)));
        }
        return images;
    }

    private record Candidate(JsonNode descriptor, Platform platform, String refName) {
    }

    private static List<ImageRef> fromOciIndex(String source, Function<String, byte[]> docs, byte[] index,
                                               Platform wanted) {
        List<Candidate> candidates = new ArrayList<>();
        collect(source, docs, parse(source, "index.json", index), null, candidates, 0);
        if (candidates.isEmpty()) {
            throw new InputException(source + ": index.json lists no image manifest");
        }
        List<Candidate> chosen = choosePlatform(source, candidates, wanted);
        List<ImageRef> images = new ArrayList<>();
        for (Candidate c : chosen) {
            String digest = c.descriptor().path("digest").asText("");
            String blob = blobPath(source, digest);
            byte[] manifestBytes = docs.apply(blob);
            if (manifestBytes == null) {
                throw missing(source, "image manifest", blob);
            }
            JsonNode manifest = parse(source, blob, manifestBytes);
            String configDigest = manifest.path("config").path("digest").asText("");
            List<LayerRef> layers = new ArrayList<>();
            for (JsonNode layer : manifest.path("layers")) {
                String layerDigest = layer.path("digest").asText("");
                layers.add(new LayerRef(blobPath(source, layerDigest), layerDigest));
            }
            List<String> tags = c.refName() == null ? List.of() : List.of(c.refName());
            images.add(new ImageRef(blobPath(source, configDigest), configDigest, List.copyOf(layers), tags));
        }
        return images;
    }

    private static void collect(String source, Function<String, byte[]> docs, JsonNode index, String refName,
                                List<Candidate> out, int depth) {
        if (depth > 8) {
            throw new InputException(source + ": index.json: indexes nested more than 8 deep");
        }
        for (JsonNode d : index.path("manifests")) {
            String name = d.path("annotations").path("org.opencontainers.image.ref.name").asText(refName);
            if ("attestation-manifest".equals(d.path("annotations").path("vnd.docker.reference.type").asText())) {
                continue;
            }
            String mediaType = d.path("mediaType").asText("");
            if (INDEX_TYPES.contains(mediaType) && !mediaType.isEmpty()) {
                String blob = blobPath(source, d.path("digest").asText(""));
                byte[] nested = docs.apply(blob);
                if (nested == null) {
                    throw missing(source, "image index", blob);
                }
                collect(source, docs, parse(source, blob, nested), name, out, depth + 1);
                continue;
            }
            JsonNode p = d.path("platform");
            Platform platform = p.isObject()
                    ? new Platform(p.path("os").asText(""), p.path("architecture").asText(""),
                    p.hasNonNull("variant") ? p.path("variant").asText() : null)
                    : null;
            if (platform != null && platform.os().equals("unknown")) {
                continue; // build attestations, not an image
            }
            out.add(new Candidate(d, platform, name));
        }
    }

    private static List<Candidate> choosePlatform(String source, List<Candidate> all, Platform wanted) {
        Set<String> platforms = new LinkedHashSet<>();
        all.stream().filter(c -> c.platform() != null).forEach(c -> platforms.add(c.platform().toString()));
        if (wanted == null && platforms.size() <= 1) {
            return all;
        }
        Platform target = wanted != null ? wanted : Platform.host();
        List<Candidate> chosen = all.stream()
                .filter(c -> c.platform() == null || target.accepts(c.platform())).toList();
        if (chosen.stream().noneMatch(c -> c.platform() != null)) {
            throw new InputException(source + ": no image for platform " + target + "; the archive has "
                    + String.join(", ", platforms) + (wanted == null ? " (choose one with --platform)" : ""));
        }
        return chosen;
    }

    static String blobPath(String source, String digest) {
        int colon = digest.indexOf(':');
        if (colon <= 0 || !digest.substring(colon + 1).matches("[0-9a-fA-F]{32,128}")) {
            throw new InputException(source + ": malformed digest '" + digest + "' in the image index or manifest");
        }
        return "blobs/" + digest.substring(0, colon) + "/" + digest.substring(colon + 1);
    }

    static InputException missing(String source, String what, String blob) {
        return new InputException(source + ": the " + what + " " + blob + " is missing from the archive "
                + "(incomplete copy or a manifest pointing at a blob that was never written)");
    }

    static JsonNode parse(String source, String name, byte[] bytes) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null) {
                throw new InputException(source + ": " + name + " is empty");
            }
            return node;
        } catch (IOException e) {
            throw new InputException(source + ": " + name + " is not valid JSON: " + e.getMessage());
        }
    }
}
