package dev.trusty.dockerfile.base;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trusty.engine.Engine;
import dev.trusty.engine.EngineException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Base images from the local engine's image store, by {@code GET /images/{name}/json}: inspect only, so
 * nothing is pulled and nothing but the engine's socket is touched. An image the store does not have is
 * unknown; an engine that does not answer is an input error (raised by {@link #connect}).
 */
public final class EngineBaseImages implements BaseImageSource {
    private final Engine engine;
    private final Platform buildPlatform;
    private final Map<String, Optional<BaseImage>> cache = new ConcurrentHashMap<>();

    private EngineBaseImages(Engine engine, Platform buildPlatform) {
        this.engine = engine;
        this.buildPlatform = buildPlatform;
    }

    /** Asks the engine for its platform now, so an unreachable engine fails before any file is linted. */
    public static EngineBaseImages connect(Engine engine) {
        JsonNode version = engine.version();
        String os = version.path("Os").asText("");
        String arch = version.path("Arch").asText("");
        Platform platform = os.isEmpty() || arch.isEmpty() ? null : new Platform(os, arch, "");
        return new EngineBaseImages(engine, platform);
    }

    @Override
    public Optional<BaseImage> find(String reference) {
        return cache.computeIfAbsent(reference, this::inspect);
    }

    private Optional<BaseImage> inspect(String reference) {
        JsonNode image;
        try {
            image = engine.inspectImage(reference);
        } catch (EngineException e) {
            if (e.isNotFound() || e.status() == 400) { // 400: a reference the engine cannot parse
                return Optional.empty();
            }
            throw e;
        }
        List<String> env = new ArrayList<>();
        image.path("Config").path("Env").forEach(e -> env.add(e.asText()));
        Platform platform = new Platform(image.path("Os").asText(""), image.path("Architecture").asText(""),
                image.path("Variant").asText(""));
        return Optional.of(new BaseImage(reference, BaseImage.parseEnv(env), platform));
    }

    @Override
    public Optional<Platform> buildPlatform() {
        return Optional.ofNullable(buildPlatform);
    }

    @Override
    public String toString() {
        return "engine " + engine.host().display();
    }
}
