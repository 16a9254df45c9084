package dev.trusty.host.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.host.HostTree;
import dev.trusty.host.facts.FileFact;
import dev.trusty.host.facts.HostFacts;
import dev.trusty.host.facts.HostFactsCollector;
import dev.trusty.host.facts.StaticEngineFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import static dev.trusty.host.checks.Run.result;
import static org.assertj.core.api.Assertions.assertThat;

/** Edge cases of single checks: each flag form and setting source that changes a result. */
class DaemonChecksTest {
    @TempDir
    Path root;

    private Map<String, CheckResult> withDaemon(String... args) {
        HostTree t = new HostTree(root);
        String[] argv = new String[args.length + 1];
        argv[0] = "/usr/bin/dockerd";
        System.arraycopy(args, 0, argv, 1, args.length);
        t.process(50, 0, argv);
        return Run.all(new HostFactsCollector(root).environment(Map.of()).asRoot(true).collect());
    }

    @Test
    void tlsWithoutVerificationStillWarnsAndVerificationPasses() {
        assertThat(withDaemon("-H", "tcp://0.0.0.0:2376", "--tls").get("2.7").summary()).contains("without client verification");
        assertThat(result(withDaemon("-H", "tcp://0.0.0.0:2376", "--tlsverify"), "2.7")).isEqualTo(Result.PASS);
        assertThat(result(withDaemon("-H", "unix:///var/run/docker.sock"), "2.7")).isEqualTo(Result.INFO);
    }

    @Test
    void logLevelOtherThanInfoWarns() {
        assertThat(withDaemon("--log-level=warn").get("2.3").summary()).isEqualTo("log level is warn");
        assertThat(result(withDaemon("-l", "info"), "2.3")).isEqualTo(Result.PASS);
        assertThat(result(withDaemon("--debug=false"), "2.3")).isEqualTo(Result.PASS);
    }

    @Test
    void booleanFlagsReadTheirExplicitValue() {
        assertThat(result(withDaemon("--live-restore=false"), "2.15")).isEqualTo(Result.WARN);
        assertThat(result(withDaemon("--live-restore"), "2.15")).isEqualTo(Result.PASS);
        assertThat(result(withDaemon("--userland-proxy=false"), "2.16")).isEqualTo(Result.PASS);
        assertThat(result(withDaemon("--no-new-privileges"), "2.14")).isEqualTo(Result.PASS);
        assertThat(result(withDaemon("--iptables=true"), "2.4")).isEqualTo(Result.PASS);
    }

    @Test
    void userNamespaceNeedsSubordinateIdsForANamedUser() {
        new HostTree(root).file("/etc/subuid", "dockremap:100000:65536\n").file("/etc/subgid", "dockremap:100000:65536\n");
        assertThat(result(withDaemon("--userns-remap=default"), "2.9")).isEqualTo(Result.PASS);
        assertThat(withDaemon("--userns-remap=builder").get("2.9").summary()).contains("builder").contains("no range");
        new HostTree(root).file("/etc/subuid", "builder:200000:65536\n").file("/etc/subgid", "builder:200000:65536\n");
        assertThat(result(withDaemon("--userns-remap=builder:builder"), "2.9")).isEqualTo(Result.PASS);
    }

    @Test
    void rootlessDaemonPassesRootlessAndUserNamespaceChecks() {
        HostTree t = new HostTree(root);
        t.process(60, 1000, "/usr/bin/dockerd");
        Map<String, CheckResult> r = Run.all(new HostFactsCollector(root).environment(Map.of()).asRoot(false).collect());
        assertThat(result(r, "2.1")).isEqualTo(Result.PASS);
        assertThat(r.get("2.1").items()).singleElement().extracting(Evidence::detail).isEqualTo("dockerd (pid 60) runs as uid 1000");
        assertThat(result(r, "2.9")).isEqualTo(Result.PASS);
    }

    @Test
    void selinuxOnWithoutTheDaemonUsingItWarns() {
        new HostTree(root).file("/sys/fs/selinux/enforce", "1");
        assertThat(withDaemon().get("TH090").summary()).contains("selinux-enabled is not set");
        assertThat(result(withDaemon("--selinux-enabled"), "TH090")).isEqualTo(Result.PASS);
    }

    @Test
    void withNoDaemonAtAllSettingChecksAreSkippedNotPassed() {
        Map<String, CheckResult> r = Run.all(new HostFactsCollector(root).environment(Map.of()).asRoot(true).collect());
        for (String id : new String[] {"2.2", "2.3", "2.4", "2.5", "2.7", "2.9", "2.12", "2.13", "2.14", "2.15", "2.16"}) {
            assertThat(result(r, id)).as(id).isEqualTo(Result.SKIPPED);
        }
        assertThat(r.get("2.14").summary()).startsWith("daemon settings unknown: none (no dockerd found)");
    }

    @Test
    void customSeccompProfileAndDefaultUlimitsPass() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var engine = StaticEngineFacts.of(json.readTree("{\"SecurityOptions\":[\"name=seccomp,profile=/etc/docker/seccomp.json\"],"
                + "\"LoggingDriver\":\"journald\",\"Plugins\":{\"Authorization\":[\"opa\"]}}"), json.readTree("{}"));
        new HostTree(root).process(70, 0, "dockerd", "--default-ulimit", "nofile=1024:2048");
        Map<String, CheckResult> r = Run.all(new HostFactsCollector(root).environment(Map.of()).asRoot(true).engine(engine).collect());
        assertThat(r.get("2.17").summary()).isEqualTo("custom seccomp profile /etc/docker/seccomp.json");
        assertThat(result(r, "2.8")).isEqualTo(Result.PASS);
        assertThat(result(r, "2.12")).isEqualTo(Result.PASS);
        assertThat(result(r, "2.13")).isEqualTo(Result.PASS);
    }

    @Test
    void unreadableFilesAreSkippedAsNeedingRoot() {
        HostFacts collected = new HostFactsCollector(root).environment(Map.of()).asRoot(false).collect();
        Map<HostFacts.Role, FileFact> files = new EnumMap<>(HostFacts.Role.class);
        files.putAll(collected.files());
        files.put(HostFacts.Role.TLS_KEY, FileFact.denied("/etc/docker/tls/key.pem", "permission denied"));
        HostFacts facts = new HostFacts(collected.daemon(), collected.settingsFrom(), collected.config(), collected.settings(),
                files, collected.registryCerts(), collected.audit(), collected.programs(), collected.dockerGroup(),
                collected.mountPoints(), collected.contentTrust(), collected.subuid(), collected.subgid(), collected.rootless(),
                false, false, false, collected.engine(), collected.notes(), collected.trustedUsers(), collected.tcpListeners());
        CheckResult r = Run.all(facts).get("3.14");
        assertThat(r.result()).isEqualTo(Result.SKIPPED);
        assertThat(r.summary()).isEqualTo("needs root: /etc/docker/tls/key.pem cannot be read by this user");
    }
}
