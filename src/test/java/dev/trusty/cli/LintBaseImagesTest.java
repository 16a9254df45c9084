package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.engine.DockerEngine;
import dev.trusty.engine.Engine;
import dev.trusty.engine.EngineTest;
import dev.trusty.engine.ForeignImages;
import dev.trusty.engine.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code trusty lint --base-images=engine}: UndefinedVar and InvalidBaseImagePlatform with a real dockerd's image store. */
class LintBaseImagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** "line: message" of every finding of {@code rule}. */
    private List<String> findings(String rule, String dockerfile, String... options) throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, dockerfile);
        List<String> args = new ArrayList<>(List.of("lint", "--format", "json", "--shellcheck", "never"));
        args.addAll(List.of(options));
        args.add(file.toString());
        Cli run = Cli.run(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("stderr: %s", run.err()).isIn(0, 1);
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(run.out()).path("findings")) {
            if (f.path("id").asText().equals(rule)) {
                out.add(f.path("location").path("line").asInt() + ": " + f.path("message").asText());
            }
        }
        return out;
    }

    @Test
    @EngineTest
    void undefinedVarUsesTheBaseImagesRealEnv() throws Exception {
        try (Engine engine = DockerEngine.connect(null); TestImages.Scope scope = new TestImages.Scope(engine)) {
            String image = scope.image(TestImages.busyboxRootfs(), TestImages.uniqueName(), "env",
                    List.of("ENV APP_HOME=/srv/app", "ENV JAVA_HOME=/opt/jdk"));
            String dockerfile = "FROM " + image + "\nWORKDIR $APP_HOEM\nENV X=$JAVA_HOME Y=$UNSET_THING\n";

            assertThat(findings("TD115", dockerfile, "--base-images=engine")).containsExactly(
                    "2: Usage of undefined variable '$APP_HOEM' (did you mean $APP_HOME?)",
                    "3: Usage of undefined variable '$UNSET_THING'");
            // Offline the base may define anything, and the file defines neither name: silent.
            assertThat(findings("TD115", dockerfile)).isEmpty();
        }
    }

    @Test
    @EngineTest
    void anImageMissingFromTheStoreIsUnknownNotAnError() throws Exception {
        String dockerfile = "FROM " + TestImages.uniqueName() + ":absent\nENV APP_DIR=/a\nWORKDIR $NOPE\nLABEL a=$APP_DRI\n";
        assertThat(findings("TD115", dockerfile, "--base-images=engine"))
                .containsExactly("4: Usage of undefined variable '$APP_DRI' (did you mean $APP_DIR?)");
        assertThat(findings("TD116", dockerfile, "--base-images=engine")).isEmpty();
    }

    @Test
    @EngineTest
    void invalidBaseImagePlatformComparesTheImageWithTheTarget() throws Exception {
        String image = TestImages.uniqueName() + ":arm64";
        try (Engine engine = DockerEngine.connect(null)) {
            String enginePlatform = "linux/" + engine.version().path("Arch").asText();
            ForeignImages.load(image, "linux", "arm64", "v8", List.of("PATH=/bin"));
            try {
                String dockerfile = "FROM " + image + " AS native\n"
                        + "FROM --platform=linux/arm64 " + image + " AS cross\n"
                        + "FROM --platform=linux/amd64 " + image + "\n";
                List<String> found = findings("TD116", dockerfile, "--base-images=engine");
                if (enginePlatform.equals("linux/amd64")) {
                    assertThat(found).containsExactly(
                            "1: Base image " + image + " was pulled with platform \"linux/arm64\", expected \"linux/amd64\" for current build",
                            "3: Base image " + image + " was pulled with platform \"linux/arm64\", expected \"linux/amd64\" for current build");
                } else {
                    assertThat(found).containsExactly("3: Base image " + image
                            + " was pulled with platform \"linux/arm64\", expected \"linux/amd64\" for current build");
                }
                assertThat(findings("TD116", dockerfile)).as("offline nothing is known").isEmpty();
            } finally {
                engine.removeImage(image, true);
            }
        }
    }

    @Test
    void anUnreachableEngineIsAOneLineInputError() throws Exception {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, "FROM scratch\n");
        Cli run = Cli.run("lint", "--base-images=engine", "-H", "unix://" + dir.resolve("no.sock"), file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("cannot reach the Docker engine");

        Cli unknown = Cli.run("lint", "--base-images=registry", file.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("trusty: --base-images: unknown source 'registry' (expected offline or engine)");
    }
}
