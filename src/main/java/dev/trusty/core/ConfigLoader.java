package dev.trusty.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code .trusty.yaml}. Every error names the file, line and column, so a typo
 * in a key is as easy to fix as a typo in a Dockerfile.
 */
public final class ConfigLoader {
    public static final List<String> FILE_NAMES = List.of(".trusty.yaml", ".trusty.yml");

    /** Made on the first config read: most runs have no config file, and Jackson's set-up is a good part of start-up. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    private ConfigLoader() {
    }

    /** The nearest config file in {@code start}'s directory or any parent. */
    public static Optional<Path> find(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        for (; dir != null; dir = dir.getParent()) {
            for (String name : FILE_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    public static TrustyConfig load(Path file) {
        String name = file.toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = Yaml.MAPPER.createParser(reader)) {
            return read(name, file, parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw at == null ? new InputException(name + ": " + e.getOriginalMessage())
                    : InputException.at(name, at.getLineNr(), at.getColumnNr(), e.getOriginalMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(name + ": config file not found");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read config: " + e.getMessage());
        }
    }

    private static TrustyConfig read(String name, Path file, JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return new TrustyConfig(file, List.of(), Map.of(), null, List.of(), List.of(), Map.of());
        }
        if (first != JsonToken.START_OBJECT) {
            throw error(name, parser, "expected a mapping of settings at the top level");
        }
        List<String> ignore = new ArrayList<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        Severity failOn = null;
        List<String> ignorePaths = new ArrayList<>();
        List<String> registries = new ArrayList<>();
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            JsonLocation valueAt = parser.currentTokenLocation();
            JsonNode value = parser.readValueAsTree();
            switch (key) {
                case "ignore", "ignored" -> ignore.addAll(strings(name, valueAt, key, value));
                case "severity", "override" -> readSeverities(name, valueAt, value, severity);
                case "fail-on", "failure-threshold" -> failOn = severity(name, valueAt, value);
                case "ignore-paths" -> ignorePaths.addAll(strings(name, valueAt, key, value));
                case "trusted-registries", "trustedRegistries" -> registries.addAll(strings(name, valueAt, key, value));
                default -> {
                    if (!TrustyConfig.SECTIONS.contains(key)) {
                        throw InputException.at(name, keyAt.getLineNr(), keyAt.getColumnNr(),
                                "unknown setting '" + key + "' (known: ignore, severity, fail-on, ignore-paths, "
                                        + "trusted-registries, " + String.join(", ", TrustyConfig.SECTIONS) + ")");
                    }
                    if (!value.isObject()) {
                        throw InputException.at(name, valueAt.getLineNr(), valueAt.getColumnNr(),
                                "'" + key + "' must be a mapping");
                    }
                    sections.put(key, value);
                }
            }
        }
        return new TrustyConfig(file, ignore, severity, failOn, ignorePaths, registries, sections);
    }

    private static List<String> strings(String file, JsonLocation at, String key, JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isTextual()) {
            out.add(value.asText());
            return out;
        }
        if (!value.isArray()) {
            throw InputException.at(file, at.getLineNr(), at.getColumnNr(), "'" + key + "' must be a list of strings");
        }
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull()) {
                throw InputException.at(file, at.getLineNr(), at.getColumnNr(),
                        "'" + key + "' must be a list of strings, found " + item.getNodeType().name().toLowerCase());
            }
            out.add(item.asText());
        }
        return out;
    }

    /**
     * Accepts our form ({@code severity: {DL3008: low}}) and hadolint's
     * ({@code override: {error: [DL3001], warning: [DL3002]}}).
     */
    private static void readSeverities(String file, JsonLocation at, JsonNode value, Map<String, Severity> out) {
        if (!value.isObject()) {
            throw InputException.at(file, at.getLineNr(), at.getColumnNr(), "severity overrides must be a mapping");
        }
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            if (e.getValue().isArray()) {
                Severity level = severity(file, at, new com.fasterxml.jackson.databind.node.TextNode(e.getKey()));
                for (JsonNode id : e.getValue()) {
                    out.put(id.asText(), level);
                }
            } else {
                out.put(e.getKey(), severity(file, at, e.getValue()));
            }
        }
    }

    private static Severity severity(String file, JsonLocation at, JsonNode value) {
        if (!value.isTextual()) {
            throw InputException.at(file, at.getLineNr(), at.getColumnNr(), "expected a severity name");
        }
        try {
            return Severity.parse(value.asText());
        } catch (IllegalArgumentException e) {
            throw InputException.at(file, at.getLineNr(), at.getColumnNr(), e.getMessage());
        }
    }

    private static InputException error(String file, JsonParser parser, String message) {
        JsonLocation at = parser.currentTokenLocation();
        return InputException.at(file, at.getLineNr(), at.getColumnNr(), message);
    }
}
