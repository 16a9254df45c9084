package dev.trusty;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The launcher, the test and CI scripts and the benchmark scripts pass ShellCheck (CI installs it). */
class ScriptsTest {

    @Test
    void shellScriptsPassShellCheck() throws IOException, InterruptedException {
        boolean present = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "shellcheck")));
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI=true but shellcheck is not installed");
        }
        assumeTrue(present, "shellcheck is not installed");
        List<String> command = new ArrayList<>(List.of("shellcheck", "--severity=warning", "trusty", "test", ".ci/run"));
        try (Stream<Path> bench = Files.walk(Path.of("bench"))) {
            bench.filter(p -> p.toString().endsWith(".sh")).sorted().forEach(p -> command.add(p.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }
}
