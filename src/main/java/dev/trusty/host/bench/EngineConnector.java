package dev.trusty.host.bench;

import dev.trusty.host.facts.EngineFacts;

import java.util.Optional;

/**
 * How the bench reaches the Engine API: the engine client package implements it (DOCKER_HOST,
 * {@code --host}, the default socket). Empty when no engine answers; the bench then runs the host
 * checks alone and marks the engine checks {@code skipped: no engine}.
 */
@FunctionalInterface
public interface EngineConnector {

    /** @param host the {@code --host} value, or null for the default (DOCKER_HOST, else the local socket) */
    Optional<EngineFacts> connect(String host);

    EngineConnector NONE = host -> Optional.empty();
}
