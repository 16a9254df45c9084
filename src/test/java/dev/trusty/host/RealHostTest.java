package dev.trusty.host;

import dev.trusty.host.bench.Bench;
import dev.trusty.host.bench.BenchResult;
import dev.trusty.host.bench.ContainerSection;
import dev.trusty.host.bench.Selection;
import dev.trusty.host.checks.HostChecks;
import dev.trusty.host.checks.Result;
import dev.trusty.host.facts.FileFact;
import dev.trusty.host.facts.HostFacts;
import dev.trusty.host.facts.HostFactsCollector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The collector on this machine's real root, where a dockerd runs (CI starts one). Skipped on a
 * developer box without a daemon; with CI=true a missing daemon fails instead of hiding the test.
 */
@Tag("engine")
class RealHostTest {

    private static void requireDaemon() {
        boolean running = Files.exists(Path.of("/var/run/docker.sock"));
        if (!running && "true".equals(System.getenv("CI"))) {
            fail("CI=true but no Docker daemon socket at /var/run/docker.sock: the engine tests need a running dockerd");
        }
        assumeTrue(running, "no Docker daemon on this machine");
    }

    @Test
    void findsTheRunningDaemonAndItsFiles() throws Exception {
        requireDaemon();
        HostFacts facts = new HostFactsCollector(Path.of("/")).collect();
        assertThat(facts.daemon()).as("a running dockerd in /proc").isPresent();
        assertThat(facts.daemon().get().argv().get(0)).endsWith("dockerd");
        Path pidFile = Path.of("/var/run/docker.pid");
        if (Files.exists(pidFile) && facts.daemon().get().foundVia().equals("/var/run/docker.pid")) {
            assertThat(facts.daemon().get().pid()).isEqualTo(Integer.parseInt(Files.readString(pidFile).strip()));
        }
        assertThat(Path.of("/proc/" + facts.daemon().get().pid())).isDirectory();
        assertThat(facts.settingsFrom()).startsWith("dockerd command line (pid ");
        FileFact sock = facts.file(HostFacts.Role.DOCKER_SOCK).orElseThrow();
        assertThat(sock.exists()).isTrue();
        assertThat(sock.type()).isEqualTo("socket");
        assertThat(facts.program("dockerd").exists()).isTrue();
        assertThat(facts.mountPoints()).contains("/");
    }

    @Test
    void everyHostCheckConcludesOnTheRealHost() {
        requireDaemon();
        HostFacts facts = new HostFactsCollector(Path.of("/")).collect();
        BenchResult result = new Bench(HostChecks.ALL, ContainerSection.NOT_WIRED).run(facts, Selection.all(), c -> true);
        assertThat(result.entries()).hasSizeGreaterThan(80);
        assertThat(result.entries()).noneMatch(e -> e.result().summary().startsWith("check failed"));
        // the daemon was found, so its settings were read and the TLS check concluded
        assertThat(result.entry("2.7").orElseThrow().result().result()).isNotEqualTo(Result.SKIPPED);
        assertThat(result.entry("3.16").orElseThrow().result().result()).isIn(Result.PASS, Result.WARN);
    }
}
