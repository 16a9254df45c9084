package dev.trusty.host.facts;

import dev.trusty.host.HostTree;
import dev.trusty.host.Hosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HostFactsCollectorTest {
    @TempDir
    Path root;

    private HostFacts collect() {
        return new HostFactsCollector(root).environment(Map.of()).asRoot(true).collect();
    }

    @Test
    void findsTheDaemonThroughItsPidFileAndReadsItsFlags() {
        Hosts.hardened(root);
        HostFacts facts = collect();
        assertThat(facts.daemon()).get().extracting(DaemonProcess::pid, DaemonProcess::foundVia).containsExactly(4242, "/var/run/docker.pid");
        Setting hosts = facts.settings().get("hosts").orElseThrow();
        assertThat(hosts.values()).containsExactly("fd://", "tcp://0.0.0.0:2376");
        assertThat(hosts.source()).isEqualTo("dockerd command line (pid 4242): -H fd:// -H tcp://0.0.0.0:2376");
        assertThat(facts.settings().get("icc").orElseThrow().source()).isEqualTo("/etc/docker/daemon.json:2 \"icc\"");
        assertThat(facts.settings().get("default-ulimits").orElseThrow().values()).containsExactly("nofile=64000:64000");
        assertThat(facts.file(HostFacts.Role.TLS_KEY)).get().extracting(FileFact::path, FileFact::mode)
                .containsExactly("/etc/docker/tls/key.pem", 0400);
        assertThat(facts.file(HostFacts.Role.DOCKER_SOCK).orElseThrow().type()).isEqualTo("socket");
        assertThat(facts.program("dockerd").path()).isEqualTo("/usr/bin/dockerd");
        assertThat(facts.rootless()).isEmpty();
    }

    @Test
    void scansProcWhenThereIsNoPidFileAndTakesTheNewest() {
        HostTree t = new HostTree(root);
        t.process(10, 0, "/usr/sbin/dockerd", "--icc=false");
        t.process(20, 1000, "dockerd", "--rootless");
        t.process(30, 0, "/bin/bash");
        HostFacts facts = collect();
        assertThat(facts.daemon()).get().extracting(DaemonProcess::pid, DaemonProcess::foundVia).containsExactly(20, "a scan of /proc");
        assertThat(facts.rootless()).contains("dockerd runs with --rootless");
    }

    @Test
    void staleDockerPidFileFallsBackToTheScanWithANote() {
        HostTree t = new HostTree(root);
        t.file("/var/run/docker.pid", "31337\n");
        t.process(12, 0, "/usr/bin/dockerd");
        HostFacts facts = collect();
        assertThat(facts.daemon()).get().extracting(DaemonProcess::pid).isEqualTo(12);
        assertThat(facts.notes()).anyMatch(n -> n.contains("31337"));
    }

    @Test
    void withoutAProcessTheUnitFileAndDebianDefaultsGiveTheFlags() {
        HostTree t = new HostTree(root);
        t.file("/lib/systemd/system/docker.service", "[Service]\nEnvironmentFile=-/etc/default/docker\n"
                + "ExecStart=/usr/sbin/dockerd -H fd:// $DOCKER_OPTS\n");
        t.file("/etc/default/docker", "DOCKER_OPTS=\"--icc=false --log-level debug\"\n");
        HostFacts facts = collect();
        assertThat(facts.daemon()).isEmpty();
        assertThat(facts.settingsFrom()).startsWith("docker.service ExecStart");
        assertThat(facts.settings().get("log-level").orElseThrow().value()).isEqualTo("debug");
        assertThat(facts.settings().isFalse("icc")).isTrue();
    }

    @Test
    void configFileFlagMovesDaemonJsonAndConflictsAreFound() {
        HostTree t = new HostTree(root);
        t.process(5, 0, "dockerd", "--config-file", "/srv/docker.json", "--log-level=warn");
        t.file("/srv/docker.json", "{\n\"log-level\": \"info\",\n\"bogus\": 1\n}");
        HostFacts facts = collect();
        assertThat(facts.config().path()).isEqualTo("/srv/docker.json");
        assertThat(facts.config().unknownKeys()).containsExactly("bogus");
        assertThat(facts.settings().conflicts()).singleElement().asString()
                .contains("log-level").contains("--log-level=warn").contains("/srv/docker.json:2");
        assertThat(facts.settings().get("log-level").orElseThrow().value()).isEqualTo("warn");
    }

    @Test
    void readsAuditRulesDockerGroupMountsAndSubordinateIds() {
        Hosts.hardened(root);
        HostFacts facts = collect();
        assertThat(facts.audit().source()).isEqualTo("/etc/audit/rules.d/docker.rules");
        assertThat(facts.audit().watching("/etc/docker")).singleElement().asString().startsWith("-w /etc/docker ");
        assertThat(facts.audit().watching("/etc/docker/daemon.json")).hasSize(1);
        assertThat(facts.dockerGroup().listed()).containsExactly("alice");
        assertThat(facts.dockerGroup().primary()).containsExactly("ci");
        assertThat(facts.mountPoints()).contains("/var/lib/docker");
        assertThat(facts.subuid()).containsExactly("dockremap:100000:65536");
        assertThat(facts.apparmor()).isTrue();
        assertThat(facts.selinux()).isFalse();
    }

    @Test
    void contentTrustComesFromTheGivenEnvironment() {
        HostFacts facts = new HostFactsCollector(root).environment(Map.of("DOCKER_CONTENT_TRUST", "1")).collect();
        assertThat(facts.contentTrust()).contains("1");
        assertThat(facts.daemon()).isEmpty();
        assertThat(facts.settingsFrom()).startsWith("none");
    }

    @Test
    void ownersAreResolvedFromTheTreesOwnFiles() {
        Hosts.hardened(root);
        FileFact sock = collect().file(HostFacts.Role.DOCKER_SOCK).orElseThrow();
        org.junit.jupiter.api.Assumptions.assumeTrue(HostTree.canChown(), "setting owners needs root");
        assertThat(sock.ownership()).isEqualTo("root:docker (0:105)");
        assertThat(sock.describe()).isEqualTo("socket mode 660 owner root:docker (0:105)");
    }

    @Test
    void systemdDropInsOverrideExecStartAndEnvironmentFilesFillVariables() {
        HostTree t = new HostTree(root);
        t.file("/lib/systemd/system/docker.service", "[Service]\nEnvironmentFile=-/etc/sysconfig/docker\n"
                + "ExecStart=/usr/bin/dockerd $OPTIONS\n");
        t.file("/etc/sysconfig/docker", "OPTIONS='--selinux-enabled --log-driver=journald'\n");
        t.file("/etc/systemd/system/docker.service.d/override.conf", "[Service]\nExecStart=\n"
                + "ExecStart=/usr/bin/dockerd -H tcp://0.0.0.0:2375 ${OPTIONS}\n");
        HostFacts facts = collect();
        assertThat(facts.settings().get("hosts").orElseThrow().values()).containsExactly("tcp://0.0.0.0:2375");
        assertThat(facts.settings().get("log-driver").orElseThrow().value()).isEqualTo("journald");
        assertThat(facts.settings().isTrue("selinux-enabled")).isTrue();
    }

    @Test
    void listeningSocketsComeFromProcNetTcp() {
        new HostTree(root)
                .file("/proc/net/tcp", "  sl  local_address rem_address   st tx_queue rx_queue\n"
                        + "   0: 00000000:0949 00000000:0000 0A 00000000:00000000\n"
                        + "   1: 0100007F:0CEA 00000000:0000 0A 00000000:00000000\n"
                        + "   2: 0100007F:0CEB 0100007F:A000 01 00000000:00000000\n")
                .file("/proc/net/tcp6", "  sl  local_address rem_address st\n"
                        + "   0: 00000000000000000000000000000000:0949 00000000000000000000000000000000:0000 0A 0\n");
        assertThat(collect().tcpListeners()).containsExactly("0.0.0.0:2377", "127.0.0.1:3306", "[::]:2377");
    }

    @Test
    void tlsWithoutNamedFilesUsesRootsDockerDirectory() {
        new HostTree(root).process(8, 0, "dockerd", "-H", "tcp://0.0.0.0:2376", "--tlsverify")
                .file("/root/.docker/key.pem", "k", 0644, -1, -1);
        HostFacts facts = collect();
        assertThat(facts.file(HostFacts.Role.TLS_KEY)).get().extracting(FileFact::path, FileFact::mode)
                .containsExactly("/root/.docker/key.pem", 0644);
        assertThat(facts.file(HostFacts.Role.TLS_CA_CERT).orElseThrow().exists()).isFalse();
    }
}
