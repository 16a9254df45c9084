package dev.trusty.dockerfile.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.core.ConfigLoader;
import dev.trusty.core.InputException;
import dev.trusty.core.TrustyConfig;
import dev.trusty.dockerfile.rules.LintSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Dockerfile linter's configuration comes from: {@code .trusty.yaml} when there is one,
 * else {@code .hadolint.yaml}/{@code .hadolint.yml}, searched from the linted path upwards; and the
 * rule settings read from it ({@code trusted-registries}, {@code dockerfile: label-schema, strict-labels,
 * require-digest}).
 */
public final class DockerfileConfig {
    private DockerfileConfig() {
    }

    /** The nearest .trusty.yaml, else the nearest .hadolint.yaml, from {@code start} upwards. */
    public static Optional<Path> find(Path start) {
        Optional<Path> trusty = ConfigLoader.find(start);
        if (trusty.isPresent()) {
            return trusty;
        }
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            for (String name : HadolintConfig.FILE_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Loads either format, by file name. */
    public static TrustyConfig load(Path file) {
        return HadolintConfig.isHadolintFile(file) ? HadolintConfig.load(file) : ConfigLoader.load(file);
    }

    /** The configuration for linting {@code start}: the explicit file if given, else the nearest one, else defaults. */
    public static TrustyConfig resolve(Path explicit, Path start) {
        if (explicit != null) {
            return load(explicit);
        }
        return find(start).map(DockerfileConfig::load).orElse(TrustyConfig.DEFAULTS);
    }

    public static LintSettings settings(TrustyConfig config) {
        JsonNode section = config.section("dockerfile");
        Map<String, String> schema = new LinkedHashMap<>();
        boolean strict = false;
        boolean digest = false;
        if (section != null) {
            JsonNode ls = section.path("label-schema");
            if (!ls.isMissingNode() && !ls.isObject()) {
                throw new InputException(source(config) + ": dockerfile.label-schema must be a mapping of label to type");
            }
            ls.properties().forEach(e -> schema.put(e.getKey(), e.getValue().asText()));
            strict = section.path("strict-labels").asBoolean(false);
            digest = section.path("require-digest").asBoolean(false);
        }
        return new LintSettings(config.trustedRegistries(), schema, strict, digest);
    }

    private static String source(TrustyConfig config) {
        return config.source() == null ? "config" : config.source().toString();
    }
}
