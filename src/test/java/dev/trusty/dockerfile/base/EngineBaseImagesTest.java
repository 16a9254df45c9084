package dev.trusty.dockerfile.base;

import dev.trusty.engine.DockerEngine;
import dev.trusty.engine.Engine;
import dev.trusty.engine.EngineTest;
import dev.trusty.engine.ForeignImages;
import dev.trusty.engine.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine source against a real dockerd: images made here with no registry (import, load). */
@EngineTest
class EngineBaseImagesTest {

    @Test
    void readsEnvAndPlatformOfAnImageInTheStoreAndKnowsNothingOfOthers() {
        try (Engine engine = DockerEngine.connect(null); TestImages.Scope scope = new TestImages.Scope(engine)) {
            String image = scope.image(TestImages.busyboxRootfs(), TestImages.uniqueName(), "env",
                    List.of("ENV APP_HOME=/srv/app", "ENV JAVA_HOME=/opt/jdk"));
            EngineBaseImages source = EngineBaseImages.connect(engine);
            String engineArch = engine.version().path("Arch").asText();

            BaseImage found = source.find(image).orElseThrow();
            assertThat(found.env()).containsEntry("APP_HOME", "/srv/app").containsEntry("JAVA_HOME", "/opt/jdk");
            assertThat(found.platform()).isEqualTo(new Platform("linux", engineArch, ""));
            assertThat(source.buildPlatform()).contains(new Platform("linux", engineArch, ""));
            assertThat(source.find(TestImages.uniqueName() + ":absent")).isEmpty();
            assertThat(source.find("Not A Reference")).isEmpty();
        }
    }

    @Test
    void readsTheArchitectureAndVariantOfAnImageOfAnotherPlatform() throws Exception {
        String image = TestImages.uniqueName() + ":arm";
        try (Engine engine = DockerEngine.connect(null)) {
            ForeignImages.load(image, "linux", "arm", "v7", List.of("PATH=/bin", "ARM_ONLY=1"));
            try {
                BaseImage found = EngineBaseImages.connect(engine).find(image).orElseThrow();
                assertThat(found.platform()).isEqualTo(Platform.parse("linux/arm/v7"));
                assertThat(found.env()).containsOnlyKeys("PATH", "ARM_ONLY");
            } finally {
                engine.removeImage(image, true);
            }
        }
    }
}
