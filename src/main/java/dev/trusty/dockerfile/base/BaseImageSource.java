package dev.trusty.dockerfile.base;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where Dockerfile checks learn about base images. Implementations answer "unknown" rather than fail. */
public interface BaseImageSource {

    /** Knows no image and no build platform: the checks then assume nothing about bases. */
    BaseImageSource OFFLINE = new BaseImageSource() {
        @Override
        public Optional<BaseImage> find(String reference) {
            return Optional.empty();
        }

        @Override
        public Optional<Platform> buildPlatform() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "offline";
        }
    };

    /**
     * A source that knows exactly {@code images} (by their reference as FROM writes it) and builds for
     * {@code buildPlatform} (null: unknown). For callers that already have the facts, e.g. from a saved inspect.
     */
    static BaseImageSource of(Platform buildPlatform, List<BaseImage> images) {
        Map<String, BaseImage> byReference = images.stream()
                .collect(Collectors.toMap(BaseImage::reference, Function.identity(), (a, b) -> b));
        return new BaseImageSource() {
            @Override
            public Optional<BaseImage> find(String reference) {
                return Optional.ofNullable(byReference.get(reference));
            }

            @Override
            public Optional<Platform> buildPlatform() {
                return Optional.ofNullable(buildPlatform);
            }
        };
    }

    /** The image {@code reference} (as FROM names it, after expansion) names, or empty when it is not known. */
    Optional<BaseImage> find(String reference);

    /** The platform a build without {@code --platform} targets (the builder's own), when known. */
    Optional<Platform> buildPlatform();
}
