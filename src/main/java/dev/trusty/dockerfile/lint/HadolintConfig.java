package dev.trusty.dockerfile.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.trusty.core.InputException;
import dev.trusty.core.Severity;
import dev.trusty.core.TrustyConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code .hadolint.yaml} into Trusty's configuration, so a hadolint user gets the same
 * behaviour with no change: ignored, override, trustedRegistries, failure-threshold, label-schema,
 * strict-labels hadolint's levels map to ours as error=high, warning=medium, info=low, style=info
 * (the same mapping the DL rules' default severities use), disable-ignore-pragma, and no-fail (read
 * by {@code trusty lint}). Keys Trusty has no use for (formats, colours) are skipped.
 */
public final class HadolintConfig {
    public static final List<String> FILE_NAMES = List.of(".hadolint.yaml", ".hadolint.yml");
    /** Made on the first .hadolint.yaml read, not when the linter only looks for one (see ConfigLoader). */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    private HadolintConfig() {
    }

    public static boolean isHadolintFile(Path file) {
        Path name = file.getFileName();
        return name != null && FILE_NAMES.contains(name.toString());
    }

    /** hadolint's level names in our scale. */
    public static Severity level(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Severity.HIGH;
            case "warning" -> Severity.MEDIUM;
            case "info" -> Severity.LOW;
            case "style" -> Severity.INFO;
            default -> Severity.parse(name);
        };
    }

    /** hadolint's thresholds that never fail a run: {@code none} (and {@code ignore}, the level of hidden rules). */
    public static boolean neverFails(String threshold) {
        String t = threshold.trim().toLowerCase(Locale.ROOT);
        return t.equals("none") || t.equals("ignore");
    }

    public static TrustyConfig load(Path file) {
        JsonNode root;
        try {
            root = Yaml.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw at == null ? new InputException(file + ": " + e.getOriginalMessage())
                    : InputException.at(file.toString(), at.getLineNr(), at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file + ": cannot read config: " + e.getMessage());
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return new TrustyConfig(file, List.of(), Map.of(), null, List.of(), List.of(), Map.of());
        }
        if (!root.isObject()) {
            throw new InputException(file + ": expected a mapping of settings at the top level");
        }
        List<String> ignored = strings(file, root.path("ignored"), "ignored");
        Map<String, Severity> overrides = new LinkedHashMap<>();
        JsonNode override = root.path("override");
        if (override.isObject()) {
            for (Map.Entry<String, JsonNode> e : override.properties()) {
                Severity s = levelOrFail(file, e.getKey(), "override");
                for (String id : strings(file, e.getValue(), "override." + e.getKey())) {
                    overrides.put(id, s);
                }
            }
        }
        Severity threshold = null;
        JsonNode ft = root.path("failure-threshold");
        boolean neverFail = ft.isTextual() && neverFails(ft.asText());
        if (ft.isTextual() && !neverFail) {
            threshold = levelOrFail(file, ft.asText(), "failure-threshold");
        }
        List<String> registries = strings(file, root.path("trustedRegistries"), "trustedRegistries");
        ObjectNode dockerfile = JsonNodeFactory.instance.objectNode();
        if (root.path("label-schema").isObject()) {
            dockerfile.set("label-schema", root.get("label-schema"));
        }
        if (root.path("strict-labels").isBoolean()) {
            dockerfile.put("strict-labels", root.get("strict-labels").asBoolean());
        }
        if (root.path("no-fail").isBoolean() || neverFail) {
            // hadolint's threshold "none" never fails, like no-fail
            dockerfile.put("no-fail", neverFail || root.get("no-fail").asBoolean());
        }
        if (root.path("disable-ignore-pragma").isBoolean()) {
            dockerfile.put("disable-ignore-pragma", root.get("disable-ignore-pragma").asBoolean());
        }
        Map<String, JsonNode> sections = dockerfile.isEmpty() ? Map.of() : Map.of("dockerfile", dockerfile);
        return new TrustyConfig(file, ignored, overrides, threshold, List.of(), registries, sections);
    }

    private static Severity levelOrFail(Path file, String name, String key) {
        try {
            return level(name);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + key + ": unknown level '" + name
                    + "' (expected error, warning, info or style)");
        }
    }

    private static List<String> strings(Path file, JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else {
            throw new InputException(file + ": '" + key + "' must be a string or a list of strings");
        }
        return out;
    }
}
