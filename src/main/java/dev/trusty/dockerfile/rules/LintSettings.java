package dev.trusty.dockerfile.rules;

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
 */
public record LintSettings(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                           boolean requireDigest, List<String> dockerignore) {
    public static final LintSettings DEFAULTS = new LintSettings(List.of(), Map.of(), false, false);

    public LintSettings(List<String> trustedRegistries, Map<String, String> labelSchema, boolean strictLabels,
                        boolean requireDigest) {
        this(trustedRegistries, labelSchema, strictLabels, requireDigest, List.of());
    }

    public LintSettings {
        trustedRegistries = List.copyOf(trustedRegistries);
        labelSchema = Map.copyOf(labelSchema);
        dockerignore = List.copyOf(dockerignore);
    }

    /** With the lines of the build context's .dockerignore (for BuildKit's CopyIgnoredFile). */
    public LintSettings withDockerignore(List<String> lines) {
        return new LintSettings(trustedRegistries, labelSchema, strictLabels, requireDigest, lines);
    }

    public LintSettings withTrustedRegistries(List<String> registries) {
        return new LintSettings(registries, labelSchema, strictLabels, requireDigest, dockerignore);
    }

    public LintSettings withLabelSchema(Map<String, String> schema, boolean strict) {
        return new LintSettings(trustedRegistries, schema, strict, requireDigest, dockerignore);
    }

    public LintSettings withRequireDigest(boolean on) {
        return new LintSettings(trustedRegistries, labelSchema, strictLabels, on, dockerignore);
    }
}
