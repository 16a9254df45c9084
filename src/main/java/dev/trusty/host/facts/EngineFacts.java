package dev.trusty.host.facts;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What the bench needs from the Engine API, as the raw JSON the endpoints return. The engine
 * client plugs in here; {@link StaticEngineFacts} holds captured JSON for tests and replays.
 * Every node may miss fields (old and new API versions differ), so checks read defensively.
 */
public interface EngineFacts {

    /** Where the engine was reached, e.g. {@code unix:///var/run/docker.sock}. */
    String endpoint();

    /** {@code GET /info}. */
    JsonNode info();

    /** {@code GET /version}. */
    JsonNode version();

    /** {@code GET /containers/{id}/json} for every container, running or not. */
    List<JsonNode> containers();

    /** {@code GET /images/{id}/json} for every image. */
    List<JsonNode> images();

    /** {@code GET /images/{id}/history} for one image id, newest layer first; empty when unknown. */
    List<JsonNode> history(String imageId);

    /** {@code GET /networks/{id}} for every network. */
    List<JsonNode> networks();

    /** {@code GET /swarm} when this node is a manager, else a missing node. */
    JsonNode swarm();

    /** {@code GET /nodes} when this node is a swarm manager, else empty. */
    List<JsonNode> nodes();

    /** {@code GET /secrets} when this node is a swarm manager, else empty. */
    List<JsonNode> secrets();

    /** True when the engine runs on this machine, so host files and /proc describe it. */
    boolean local();
}
