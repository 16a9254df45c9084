package dev.trusty.host.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

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

    @Override
    public List<JsonNode> history(String imageId) {
        return histories.getOrDefault(imageId, List.of());
    }
}
