/**
 * The Docker Engine API client.
 *
 * <pre>{@code
 * try (Engine engine = DockerEngine.connect(hostOption)) {   // --host value or null: DOCKER_HOST, else the socket
 *     for (JsonNode summary : engine.containers(true, null)) {
 *         JsonNode inspect = engine.inspectContainer(summary.path("Id").asText());
 *         boolean privileged = inspect.path("HostConfig").path("Privileged").asBoolean();
 *     }
 * }
 * }</pre>
 *
 * <p>Everything that goes wrong is an {@link dev.trusty.core.InputException} with one line (the CLI exits 2):
 * no engine where we looked (naming the socket and how to point elsewhere), a call timing out,
 * or the engine's own error as {@link dev.trusty.engine.EngineException} with its HTTP status.
 * A {@link dev.trusty.engine.DockerEngine} is thread-safe and opens one connection per call.
 *
 * <p>Tests that need a real engine are annotated {@code @EngineTest} (test sources) and build their images
 * with {@code TestImages}, no registry needed.
 */
package dev.trusty.engine;
