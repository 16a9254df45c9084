package dev.trusty.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Docker Engine API, as much of it as Trusty needs: read-only calls for auditing, plus the few
 * writes tests need to set up real containers and images.
 *
 * <p>Bodies are returned as Jackson trees exactly as the engine sent them: fields differ between API
 * versions, so readers treat every field as optional (see {@link #apiVersion()}). Filters are the
 * engine's own, e.g. {@code Map.of("status", List.of("running"), "label", List.of("app=web"))}.
 *
 * <p>Every call throws {@link dev.trusty.core.InputException} with one line when the engine cannot be
 * reached, and {@link EngineException} when it answers with an error.
 */
public interface Engine extends AutoCloseable {

    /** Where the engine is, for messages (e.g. {@code unix:///var/run/docker.sock}). */
    EngineHost host();

    /** The API version spoken: the lower of the engine's and {@link ApiVersion#NEWEST_SUPPORTED}. */
    ApiVersion apiVersion();

    /** {@code GET /_ping}: liveness and the engine's API version. */
    Ping ping();

    /** {@code GET /version}: Version, ApiVersion, MinAPIVersion, Os, KernelVersion, Components... */
    JsonNode version();

    /** {@code GET /info}: daemon-wide settings (SecurityOptions, LoggingDriver, LiveRestoreEnabled...). */
    JsonNode info();

    /** {@code GET /containers/json}; {@code all} includes stopped and created containers. */
    List<JsonNode> containers(boolean all, Map<String, List<String>> filters);

    /** {@code GET /containers/{id}/json}: the full inspect document (HostConfig, Config, Mounts...). */
    JsonNode inspectContainer(String idOrName);

    /** {@code GET /containers/{id}/top}: {@code Titles} and {@code Processes}; 409 if not running. */
    JsonNode top(String idOrName, String psArgs);

    /** {@code GET /images/json}. */
    List<JsonNode> images(boolean all, Map<String, List<String>> filters);

    /** {@code GET /images/{name}/json}. */
    JsonNode inspectImage(String nameOrId);

    /** {@code GET /images/{name}/history}, newest layer first. */
    List<JsonNode> imageHistory(String nameOrId);

    /**
     * {@code GET /images/{name}/get}: the image as a docker-save tar, streamed as the engine writes it.
     * The caller must close the stream.
     */
    InputStream exportImage(String nameOrId);

    /** {@code GET /networks} (attached containers are only in {@link #inspectNetwork}). */
    List<JsonNode> networks(Map<String, List<String>> filters);

    /** {@code GET /networks/{id}}. */
    JsonNode inspectNetwork(String idOrName);

    /**
     * {@code GET /events}: a live feed. {@code since}/{@code until} may be null; without {@code until}
     * the feed stays open until closed.
     */
    EventStream events(Instant since, Instant until, Map<String, List<String>> filters);

    /**
     * {@code POST /containers/create}; {@code config} is the engine's create body (Image, Cmd, Labels,
     * HostConfig...) as anything Jackson can write. Returns the new container's id.
     */
    String createContainer(String name, Object config);

    /** {@code POST /containers/{id}/start}. */
    void startContainer(String idOrName);

    /** {@code DELETE /containers/{id}}; {@code force} kills a running container first. Volumes are kept. */
    void removeContainer(String idOrName, boolean force);

    /**
     * {@code POST /images/create?fromSrc=-}: imports a root filesystem tar as a one-layer image tagged
     * {@code repository:tag}. {@code changes} are Dockerfile instructions applied to its config (e.g.
     * {@code CMD ["/bin/sh"]}). Returns the image id.
     */
    String importImage(InputStream rootfsTar, String repository, String tag, List<String> changes);

    /** {@code DELETE /images/{name}}; untags, and deletes the image when no tag is left. */
    void removeImage(String nameOrId, boolean force);

    /** Nothing to release today (one connection per call); here so callers can use try-with-resources. */
    @Override
    void close();
}
