package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.trusty.engine.Engine;
import dev.trusty.engine.EngineException;
import dev.trusty.engine.EngineHost;
import dev.trusty.host.facts.EngineFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bench's view of a live engine: every answer fetched once through the API (one inspect per
 * container and image — never a CLI process per field), image histories on demand.
 */
final class EngineBenchFacts implements EngineFacts {
    private final Engine engine;
    private final JsonNode info;
    private final JsonNode version;
    private final List<JsonNode> containers;
    private final List<JsonNode> images;
    private final List<JsonNode> networks;
    private final JsonNode swarm;
    private final List<JsonNode> nodes;
    private final List<JsonNode> secrets;
    private final Map<String, List<JsonNode>> histories = new ConcurrentHashMap<>();

    EngineBenchFacts(Engine engine) {
        this.engine = engine;
        this.info = engine.info();
        this.version = engine.version();
        this.containers = inspectAll(engine.containers(true, Map.of()), true);
        this.images = inspectAll(engine.images(false, Map.of()), false);
        this.networks = engine.networks(Map.of());
        boolean manager = info.path("Swarm").path("ControlAvailable").asBoolean(false);
        this.swarm = manager ? engine.swarm() : MissingNode.getInstance();
        this.nodes = manager ? engine.nodes() : List.of();
        this.secrets = manager ? engine.secrets() : List.of();
    }

    /** Inspects every listed object; one removed in between is simply left out. */
    private List<JsonNode> inspectAll(List<JsonNode> listed, boolean isContainer) {
        List<JsonNode> out = new ArrayList<>(listed.size());
        for (JsonNode item : listed) {
            String id = item.path("Id").asText();
            try {
                out.add(isContainer ? engine.inspectContainer(id) : engine.inspectImage(id));
            } catch (EngineException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
            }
        }
        return out;
    }

    @Override
    public String endpoint() {
        return engine.host().display();
    }

    @Override
    public JsonNode info() {
        return info;
    }

    @Override
    public JsonNode version() {
        return version;
    }

    @Override
    public List<JsonNode> containers() {
        return containers;
    }

    @Override
    public List<JsonNode> images() {
        return images;
    }

    @Override
    public List<JsonNode> history(String imageId) {
        return histories.computeIfAbsent(imageId, id -> {
            try {
                return engine.imageHistory(id);
            } catch (EngineException e) {
                return List.of();
            }
        });
    }

    @Override
    public List<JsonNode> networks() {
        return networks;
    }

    @Override
    public JsonNode swarm() {
        return swarm;
    }

    @Override
    public List<JsonNode> nodes() {
        return nodes;
    }

    @Override
    public List<JsonNode> secrets() {
        return secrets;
    }

    @Override
    public boolean local() {
        return engine.host() instanceof EngineHost.Unix;
    }
}
