package dev.trusty.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trusty.container.sources.InspectMapper;
import dev.trusty.container.sources.ShellWords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the real dockerd: every case's docker run line is turned into {@code docker create},
 * the container is inspected, mapped and audited, and must give the case's rule ids. Creates
 * (never starts) containers named {@code trusty-ctr-test-*}, one network and one image, and
 * removes them afterwards. With {@code -Dtrusty.captureFixtures=DIR} the inspect JSON is saved
 * there, which is how the fixtures under {@code container/inspect} were made.
 */
@Tag("engine")
class EngineInspectTest {
    private static final String PREFIX = "trusty-ctr-test-";
    private static final List<String> created = new ArrayList<>();
    private static boolean madeImage;
    private static boolean madeNetwork;

    @BeforeAll
    static void engine() throws Exception {
        Assumptions.assumeTrue(run(List.of("docker", "info", "--format", "{{.ServerVersion}}")).exit == 0,
                "no Docker engine reachable");
        if (run(List.of("docker", "image", "inspect", Setups.IMAGE)).exit != 0) {
            Path context = Files.createTempDirectory("trusty-ctr-image");
            Files.writeString(context.resolve("app"), "not a real binary: containers are created, never started\n");
            Result r = run(List.of("sh", "-c", "tar -C '" + context + "' -cf - app | docker import --change "
                    + "'CMD [\"/app\"]' - " + Setups.IMAGE + " && docker tag " + Setups.IMAGE + " trusty-ctr-test/app:latest"));
            deleteTree(context);
            assertThat(r.exit).as(r.output).isZero();
            madeImage = true;
        }
        if (run(List.of("docker", "network", "inspect", Setups.NETWORK)).exit != 0) {
            assertThat(run(List.of("docker", "network", "create", Setups.NETWORK)).exit).isZero();
            madeNetwork = true;
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (String name : created) {
            run(List.of("docker", "rm", "-f", name));
        }
        if (madeNetwork) {
            run(List.of("docker", "network", "rm", Setups.NETWORK));
        }
        if (madeImage) {
            run(List.of("docker", "rmi", Setups.IMAGE, "trusty-ctr-test/app:latest"));
        }
    }

    static List<Setups.Case> cases() {
        return Setups.cases();
    }

    @Test
    void hardenedContainerLeavesOnlyTheDigestNote() throws Exception {
        assertThat(Audits.ids(Audits.inspect(createAndInspect("hardened", Setups.RUN.render(java.util.Map.of())))))
                .isEqualTo(Setups.BASELINE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void insecureSettingFoundOnTheCreatedContainer(Setups.Case c) throws Exception {
        JsonNode inspect = createAndInspect(c.name(), Setups.RUN.render(c.run()));
        assertThat(Audits.ids(Audits.inspect(inspect))).isEqualTo(c.ids());
    }

    @Test
    void aContainerRemovedMeanwhileIsAWarningNotALostRun() throws Exception {
        JsonNode good = createAndInspect("survivor", Setups.RUN.render(java.util.Map.of()));
        JsonNode broken = Audits.JSON.createObjectNode().put("Message", "No such container: trusty-ctr-test-gone");
        ContainerAudit.Result result = Audits.AUDIT.auditInspect(List.of(broken, good));
        assertThat(result.containers()).hasSize(1);
        assertThat(result.warnings()).singleElement().asString().contains("neither Name nor Id");
    }

    @Test
    void sshdRunningInsideIsFoundInTheEnginesProcessList() throws Exception {
        Path busybox = Path.of("/bin/busybox");
        Assumptions.assumeTrue(Files.isExecutable(busybox), "needs a static busybox to start a container");
        String image = "trusty-ctr-test/sshd:1";
        Path root = Files.createTempDirectory("trusty-ctr-sshd");
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("usr/sbin"));
        Files.copy(busybox, root.resolve("bin/busybox"));
        Files.createSymbolicLink(root.resolve("bin/sh"), Path.of("busybox"));
        Files.createSymbolicLink(root.resolve("bin/sleep"), Path.of("busybox"));
        Path fake = root.resolve("usr/sbin/sshd");
        Files.writeString(fake, "#!/bin/sh\nwhile true; do sleep 1; done\n");
        fake.toFile().setExecutable(true);
        Result built = run(List.of("sh", "-c", "tar -C '" + root + "' -cf - . | docker import - " + image));
        deleteTree(root);
        assertThat(built.exit).as(built.output).isZero();
        String name = PREFIX + "sshd-live";
        created.add(name);
        try {
            run(List.of("docker", "rm", "-f", name));
            // started through a shell, so only the process list (not the command) shows sshd
            Result started = run(List.of("docker", "run", "-d", "--name", name, image, "/bin/sh", "-c", "/usr/sbin/sshd"));
            assertThat(started.exit).as(started.output).isZero();
            JsonNode inspect = Audits.JSON.readTree(run(List.of("docker", "inspect", name)).output).get(0);
            ContainerAudit.Result result = Audits.AUDIT.auditInspect(List.of(inspect),
                    id -> InspectMapper.processCommands(EngineHttp.get("/v1.41/containers/" + id + "/top")));
            assertThat(Audits.findings(result, "TC032")).singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("sshd is running inside (process: /bin/sh /usr/sbin/sshd)"));
        } finally {
            run(List.of("docker", "rm", "-f", name));
            run(List.of("docker", "rmi", image));
        }
    }

    private static JsonNode createAndInspect(String name, String runLine) throws Exception {
        List<String> argv = new ArrayList<>();
        for (ShellWords.Word w : ShellWords.split(runLine, 0).words()) {
            argv.add(w.text());
        }
        argv.set(1, "create");
        argv.addAll(2, List.of("--name", PREFIX + name));
        run(List.of("docker", "rm", "-f", PREFIX + name));
        Result create = run(argv);
        assertThat(create.exit).as("docker create for %s: %s", name, create.output).isZero();
        created.add(PREFIX + name);
        Result inspect = run(List.of("docker", "inspect", PREFIX + name));
        assertThat(inspect.exit).as(inspect.output).isZero();
        JsonNode node = Audits.JSON.readTree(inspect.output).get(0);
        String captureDir = System.getProperty("trusty.captureFixtures");
        if (captureDir != null) {
            ObjectNode trimmed = node.deepCopy();
            trimmed.remove("GraphDriver");   // overlay paths of this machine, irrelevant to the audit
            Files.writeString(Path.of(captureDir, name + ".json"),
                    Audits.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(trimmed) + "\n");
        }
        return node;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(p.exitValue(), out);
    }
}
