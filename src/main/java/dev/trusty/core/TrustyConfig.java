package dev.trusty.core;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The settings of a {@code .trusty.yaml}. Domain sections ({@code dockerfile:}, {@code image:} ...)
 * are kept as trees for their domain to read, so adding a domain setting does not touch the core.
 *
 * @param source            the file it was read from, or null for the built-in defaults
 * @param ignore            rule ids or aliases never reported
 * @param severity          severity overrides by rule id or alias
 * @param failOn            the threshold for exit code 1, or null for the default
 * @param ignorePaths       globs of target paths whose findings are dropped
 * @param trustedRegistries registries base images may come from (empty: any)
 * @param sections          domain sections by name
 */
public record TrustyConfig(Path source, List<String> ignore, Map<String, Severity> severity, Severity failOn,
                           List<String> ignorePaths, List<String> trustedRegistries,
                           Map<String, JsonNode> sections) {

    /** Top-level keys that belong to a domain and are validated there. */
    public static final List<String> SECTIONS = List.of("dockerfile", "image", "container", "bench", "vuln");

    public static final TrustyConfig DEFAULTS =
            new TrustyConfig(null, List.of(), Map.of(), null, List.of(), List.of(), Map.of());

    public TrustyConfig {
        ignore = List.copyOf(ignore);
        severity = Map.copyOf(severity);
        ignorePaths = List.copyOf(ignorePaths);
        trustedRegistries = List.copyOf(trustedRegistries);
        sections = Map.copyOf(sections);
    }

    public JsonNode section(String name) {
        return sections.get(name);
    }
}
