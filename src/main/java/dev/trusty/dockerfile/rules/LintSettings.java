package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.base.BaseImageSource;

import java.util.List;
import java.util.Map;

/**
 * What the Dockerfile rules read from configuration.
 *
 * @param trustedRegistries registries base images may come from; empty turns the check off
 * @param labelSchema       required labels and their type (text, url, semver, hash, rfc3339, spdx, email)
 * @param strictLabels      labels outside the schema are reported
 * @param requireDigest     base images must be pinned by digest
 * @param dockerignore      lines of the build context's .dockerignore, empty when there is none
 * @param baseImages        what is known of base images (env, platform); offline knows nothing
 */
public record LintSettings(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                           boolean requireDigest, List<String> dockerignore, BaseImageSource baseImages) {
    public static final LintSettings DEFAULTS = new LintSettings(List.of(), Map.of(), false, false);

    public LintSettings(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                        boolean requireDigest) {
        this(trustedRegistries, labelSchema, strictLabels, requireDigest, List.of());
    }

    public LintSettings(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                        boolean requireDigest, List<String> dockerignore) {
        this(trustedRegistries, labelSchema, strictLabels, requireDigest, dockerignore, BaseImageSource.OFFLINE);
    }

    public LintSettings {
        trustedRegistries = List.copyOf(trustedRegistries);
        labelSchema = Map.copyOf(labelSchema);
        dockerignore = List.copyOf(dockerignore);
        baseImages = baseImages == null ? BaseImageSource.OFFLINE : baseImages;
    }

    /** With the lines of the build context's .dockerignore (for BuildKit's CopyIgnoredFile). */
    public LintSettings withDockerignore(List<String> lines) {
        return new LintSettings(trustedRegistries, labelSchema, strictLabels, requireDigest, lines, baseImages);
    }

    public LintSettings withTrustedRegistries(List<String> registries) {
        return new LintSettings(registries, labelSchema, strictLabels, requireDigest, dockerignore, baseImages);
    }

    public LintSettings withLabelSchema(Map<String, String> schema, boolean strict) {
        return new LintSettings(trustedRegistries, schema, strict, requireDigest, dockerignore, baseImages);
    }

    public LintSettings withRequireDigest(boolean on) {
        return new LintSettings(trustedRegistries, labelSchema, strictLabels, on, dockerignore, baseImages);
    }

    /** With a source of base-image facts (the local engine's image store, for --base-images=engine). */
    public LintSettings withBaseImages(BaseImageSource source) {
        return new LintSettings(trustedRegistries, labelSchema, strictLabels, requireDigest, dockerignore, source);
    }
}
