package dev.trusty.host.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.trusty.core.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Engine facts held in memory: captured API responses, for tests and offline replays. */
public record StaticEngineFacts(String endpoint, JsonNode info, JsonNode version, List<JsonNode> containers,
                                List<JsonNode> images, Map<String, List<JsonNode>> histories,
                                List<JsonNode> networks, JsonNode swarm, List<JsonNode> nodes,
                                List<JsonNode> secrets, boolean local) implements EngineFacts {

    public StaticEngineFacts {
        info = info == null ? MissingNode.getInstance() : info;
        version = version == null ? MissingNode.getInstance() : version;
        swarm = swarm == null ? MissingNode.getInstance() : swarm;
        containers = List.copyOf(containers);
        images = List.copyOf(images);
        histories = Map.copyOf(histories);
        networks = List.copyOf(networks);
        nodes = List.copyOf(nodes);
        secrets = List.copyOf(secrets);
    }

    /** Just /info and /version, nothing else: enough for the daemon checks. */
    public static StaticEngineFacts of(JsonNode info, JsonNode version) {
        return new StaticEngineFacts("test", info, version, List.of(), List.of(), Map.of(), List.of(),
                null, List.of(), List.of(), true);
    }

    public StaticEngineFacts withContainers(List<JsonNode> more) {
        return new StaticEngineFacts(endpoint, info, version, more, images, histories, networks, swarm, nodes, secrets, local);
    }

    public StaticEngineFacts withImages(List<JsonNode> more, Map<String, List<JsonNode>> moreHistories) {
        return new StaticEngineFacts(endpoint, info, version, containers, more, moreHistories, networks, swarm, nodes, secrets, local);
    }

    /**
     * Captured API responses from a directory, for replays and offline benchmarks: {@code info.json},
     * {@code version.json}, {@code swarm.json} (objects) and {@code containers.json}, {@code images.json},
     * {@code networks.json}, {@code nodes.json}, {@code secrets.json} (arrays of inspect objects), and
     * {@code histories.json} (image id → history array). A missing file means an empty answer.
     */
    public static StaticEngineFacts load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InputException(dir + ": not a directory of captured engine JSON");
        }
        Map<String, List<JsonNode>> histories = new LinkedHashMap<>();
        read(dir, "histories.json").properties().forEach(e -> histories.put(e.getKey(), list(e.getValue())));
        return new StaticEngineFacts("replay of " + dir, read(dir, "info.json"), read(dir, "version.json"),
                list(read(dir, "containers.json")), list(read(dir, "images.json")), histories,
                list(read(dir, "networks.json")), read(dir, "swarm.json"), list(read(dir, "nodes.json")),
                list(read(dir, "secrets.json")), true);
    }

    private static JsonNode read(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return MissingNode.getInstance();
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw InputException.at(file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    @Override
    public List<JsonNode> history(String imageId) {
        return histories.getOrDefault(imageId, List.of());
    }
}
