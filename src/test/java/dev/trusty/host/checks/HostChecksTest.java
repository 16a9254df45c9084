package dev.trusty.host.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.host.HostTree;
import dev.trusty.host.Hosts;
import dev.trusty.host.facts.HostFacts;
import dev.trusty.host.facts.HostFactsCollector;
import dev.trusty.host.facts.StaticEngineFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.trusty.host.checks.Run.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HostChecksTest {
    @TempDir
    Path root;

    private HostFacts facts() {
        return new HostFactsCollector(root).environment(Map.of("DOCKER_CONTENT_TRUST", "1")).asRoot(true).collect();
    }

    @Test
    void idsAreUniqueAndEveryDockerBenchHostIdIsCovered() {
        Set<String> rules = new HashSet<>();
        Set<String> bench = new HashSet<>();
        for (HostCheck c : HostChecks.ALL) {
            assertThat(rules.add(c.info().id())).as(c.info().id()).isTrue();
            assertThat(bench.add(c.benchId())).as(c.benchId()).isTrue();
            assertThat(c.info().rationale()).as(c.benchId()).isNotBlank();
            assertThat(c.info().remediation()).as(c.benchId()).isNotBlank();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            expected.add("1.1." + i);
        }
        expected.addAll(List.of("1.2.1", "1.2.2"));
        for (int i = 1; i <= 18; i++) {
            expected.add("2." + i);
        }
        for (int i = 1; i <= 24; i++) {
            expected.add("3." + i);
        }
        for (int i = 1; i <= 12; i++) {
            expected.add("4." + i);
        }
        expected.addAll(List.of("5.1", "6.1", "6.2", "C.2", "C.5.3.1", "C.5.3.2", "C.5.3.3", "C.5.3.4"));
        for (int i = 1; i <= 9; i++) {
            expected.add("7." + i);
        }
        assertThat(bench).containsAll(expected);
        assertThat(HostChecks.ALL.get(21).info().isKnownAs("CIS-2.2")).isTrue();
    }

    @Test
    void hardenedHostPassesTheFileDaemonAndAuditChecks() {
        assumeTrue(HostTree.canChown(), "the tree's owners need root to set");
        Hosts.hardened(root);
        Map<String, CheckResult> r = Run.all(facts());
        for (String id : List.of("1.1.1", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8", "1.1.9", "1.1.10", "1.1.11",
                "1.1.14", "1.1.17", "1.1.18", "2.2", "2.3", "2.4", "2.5", "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "2.13",
                "2.14", "2.15", "2.16", "2.18", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10", "3.11",
                "3.12", "3.13", "3.14", "3.15", "3.16", "3.17", "3.18", "3.19", "3.20", "3.23", "3.24", "4.5", "TH087", "TH089", "TH090")) {
            assertThat(result(r, id)).as(id + ": " + r.get(id)).isEqualTo(Result.PASS);
        }
        // absent things are INFO, manual ones NOTE, engine ones skipped
        assertThat(result(r, "1.1.13")).isEqualTo(Result.INFO);
        assertThat(result(r, "1.1.15")).isEqualTo(Result.INFO);
        assertThat(result(r, "3.21")).isEqualTo(Result.INFO);
        assertThat(result(r, "1.2.1")).isEqualTo(Result.NOTE);
        assertThat(result(r, "2.1")).isEqualTo(Result.NOTE);
        assertThat(result(r, "1.1.2")).isEqualTo(Result.INFO);
        assertThat(r.get("1.1.2").items()).extracting(Evidence::subject).containsExactly("alice", "ci");
        HostFacts trusting = new HostFactsCollector(root).environment(Map.of()).asRoot(true).trustedUsers(List.of("alice")).collect();
        CheckResult untrusted = Run.all(trusting).get("1.1.2");
        assertThat(untrusted.result()).isEqualTo(Result.WARN);
        assertThat(untrusted.items()).extracting(Evidence::describe).containsExactly("ci (docker is the primary group in /etc/passwd)");
        trusting = new HostFactsCollector(root).environment(Map.of()).asRoot(true).trustedUsers(List.of("alice", "ci")).collect();
        assertThat(result(Run.all(trusting), "1.1.2")).isEqualTo(Result.PASS);
        assertThat(result(r, "2.6")).isEqualTo(Result.SKIPPED);
        assertThat(r.get("2.6").summary()).startsWith("no engine");
        assertThat(result(r, "6.1")).isEqualTo(Result.SKIPPED);
        assertThat(r.get("2.7").items()).extracting(Evidence::detail).anyMatch(d -> d.contains("--tlsverify"));
        assertThat(r.get("3.16").items()).singleElement().extracting(Evidence::detail)
                .isEqualTo("socket mode 660 owner root:docker (0:105)");
    }

    @Test
    void weakHostWarnsWithEvidenceOfWhereEachProblemIs() {
        assumeTrue(HostTree.canChown(), "the tree's owners need root to set");
        Hosts.weak(root);
        HostFacts facts = facts();
        Map<String, CheckResult> r = Run.all(facts);
        for (String id : List.of("1.1.1", "1.1.3", "1.1.6", "2.2", "2.3", "2.4", "2.5", "2.7", "2.9", "2.10", "2.11", "2.12",
                "2.13", "2.14", "2.15", "2.16", "2.17", "2.18", "3.1", "3.2", "3.5", "3.6", "3.7", "3.8", "3.16", "3.17", "3.18",
                "TH089", "TH090")) {
            assertThat(result(r, id)).as(id + ": " + r.get(id)).isEqualTo(Result.WARN);
        }
        assertThat(r.get("2.7").summary()).contains("tcp://0.0.0.0:2375").contains("without TLS");
        assertThat(r.get("2.7").items()).singleElement().extracting(Evidence::detail).asString()
                .contains("dockerd command line (pid 900)").contains("-H tcp://0.0.0.0:2375");
        assertThat(r.get("2.3").summary()).isEqualTo("debug logging is on");
        assertThat(r.get("2.5").items()).extracting(Evidence::subject).containsExactly("10.0.0.5:5000");
        assertThat(r.get("2.6").result()).isEqualTo(Result.WARN);
        assertThat(r.get("2.6").items()).singleElement().extracting(Evidence::detail).asString().contains("daemon.json:2");
        assertThat(r.get("2.17").summary()).contains("disabled");
        assertThat(r.get("3.6").items()).singleElement().extracting(Evidence::detail).isEqualTo("directory mode 777 owner alice:alice (1000:1000)");
        assertThat(r.get("3.7").items()).extracting(Evidence::subject).containsExactly("/etc/docker/certs.d/reg:5000/client.crt");
        assertThat(r.get("3.15").result()).as("root:root is not root:docker").isEqualTo(Result.WARN);
        assertThat(r.get("TH089").items()).singleElement().extracting(Evidence::detail).asString().contains("mode 644");
        assertThat(result(r, "1.1.3")).isEqualTo(Result.WARN);
        assertThat(r.get("1.1.3").items()).singleElement().extracting(Evidence::subject).isEqualTo("/usr/bin/dockerd");
        // absent TLS files are not a pass or a warning: nothing is configured
        assertThat(result(r, "3.9")).isEqualTo(Result.INFO);
    }

    @Test
    void warnResultsBecomeFindingsAtHostLocations() {
        Hosts.weak(root);
        List<Finding> findings = new ArrayList<>();
        HostChecks.ALL.stream().filter(c -> c.benchId().equals("2.5")).findFirst().orElseThrow().check(facts(), findings::add);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TH025");
            assertThat(f.location()).isEqualTo(new Location.Host("10.0.0.5:5000",
                    "insecure-registries=10.0.0.5:5000 (dockerd command line (pid 900): --insecure-registry 10.0.0.5:5000)"));
        });
    }

    @Test
    void modesCompareBitByBitNotAsNumbers() {
        HostTree t = new HostTree(root);
        t.file("/etc/default/docker", "", 0604, -1, -1);
        assertThat(result(Run.all(facts()), "3.20")).isEqualTo(Result.PASS);
        t.set("/etc/default/docker", 0640, -1, -1);
        // 640 < 644 numerically, and within it bit by bit
        assertThat(result(Run.all(facts()), "3.20")).isEqualTo(Result.PASS);
        t.set("/etc/default/docker", 0606, -1, -1);
        // 606 < 644 numerically (Docker Bench passes it) but others may write
        assertThat(result(Run.all(facts()), "3.20")).isEqualTo(Result.WARN);
    }

    @Test
    void malformedUnknownAndConflictingDaemonJsonWarn() {
        HostTree t = new HostTree(root);
        t.process(9, 0, "dockerd", "--icc=false");
        t.file("/etc/docker/daemon.json", "{\n  \"icc\": true,\n  \"live_restore\": true\n}\n");
        CheckResult r = Run.all(facts()).get("TH087");
        assertThat(r.result()).isEqualTo(Result.WARN);
        assertThat(r.items()).extracting(Evidence::describe).containsExactly(
                "/etc/docker/daemon.json:3 (unknown key \"live_restore\"; dockerd will not start)",
                "/etc/docker/daemon.json (icc: set both on the dockerd command line (pid 9) (--icc=false) and in /etc/docker/daemon.json:2 \"icc\")");
        t.file("/etc/docker/daemon.json", "{\n  \"icc\": false,\n  \"hosts\": [\"tcp://0.0.0.0:2375\"\n}\n");
        r = Run.all(facts()).get("TH087");
        assertThat(r.result()).isEqualTo(Result.WARN);
        assertThat(r.summary()).contains("/etc/docker/daemon.json:4:1:");
    }

    @Test
    void auditRulesMissingUnreadableOrPresent() {
        HostTree t = new HostTree(root);
        t.file("/usr/bin/dockerd", "");
        t.dir("/etc/audit/rules.d", 0750, -1, -1);
        HostFacts notRoot = new HostFactsCollector(root).environment(Map.of()).asRoot(false).collect();
        assertThat(Run.all(notRoot).get("1.1.3").summary()).startsWith("needs root");
        assertThat(result(Run.all(facts()), "1.1.3")).isEqualTo(Result.WARN);
        t.file("/etc/audit/audit.rules", "-a always,exit -F path=/usr/bin/dockerd -F perm=x -k docker\n");
        CheckResult r = Run.all(facts()).get("1.1.3");
        assertThat(r.result()).isEqualTo(Result.PASS);
        assertThat(r.items()).singleElement().extracting(Evidence::detail).asString().contains("/etc/audit/audit.rules");
        // a rule for a longer path does not count
        t.file("/etc/audit/audit.rules", "-w /usr/bin/dockerd-rootless.sh -k docker\n");
        assertThat(result(Run.all(facts()), "1.1.3")).isEqualTo(Result.WARN);
    }

    @Test
    void engineFactsDecideTheChecksThatNeedThem() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var info = json.readTree("""
                {"Driver":"overlay2","LoggingDriver":"json-file","LiveRestoreEnabled":false,"Debug":false,
                 "SecurityOptions":["name=seccomp,profile=default"],"Swarm":{"LocalNodeState":"inactive"},
                 "RegistryConfig":{"InsecureRegistryCIDRs":["127.0.0.0/8","10.1.0.0/16"]},"DockerRootDir":"/var/lib/docker"}""");
        var version = json.readTree("{\"Version\":\"20.10.24+dfsg1\",\"ApiVersion\":\"1.41\",\"Experimental\":false}");
        var containers = List.of(
                json.readTree("{\"Name\":\"/web\",\"Image\":\"sha256:aaa\",\"Config\":{\"User\":\"\"},\"State\":{\"Status\":\"running\",\"Running\":true},\"HostConfig\":{\"CapAdd\":[\"CAP_SYS_ADMIN\"]}}"),
                json.readTree("{\"Name\":\"/priv\",\"Image\":\"sha256:bbb\",\"Config\":{\"User\":\"10001\"},\"State\":{\"Status\":\"created\",\"Running\":false},\"HostConfig\":{\"CapAdd\":null}}"));
        var images = List.of(
                json.readTree("{\"Id\":\"sha256:aaa\",\"RepoTags\":[\"web:latest\"],\"Config\":{\"Env\":[\"PATH=/bin\",\"DB_PASSWORD=hunter2\"]}}"),
                json.readTree("{\"Id\":\"sha256:ccc\",\"RepoTags\":[\"old:1\"],\"Config\":{\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"]}}}"));
        var history = Map.of("sha256:aaa", List.of(
                json.readTree("{\"CreatedBy\":\"/bin/sh -c apt-get update\"}"),
                json.readTree("{\"CreatedBy\":\"/bin/sh -c #(nop) ADD file:abc in / \"}")),
                "sha256:ccc", List.of(
                        json.readTree("{\"CreatedBy\":\"/bin/sh -c #(nop) ADD app.tar /srv\"}"),
                        json.readTree("{\"CreatedBy\":\"/bin/sh -c apt-get update && apt-get install -y curl\"}"),
                        json.readTree("{\"CreatedBy\":\"/bin/sh -c #(nop) ADD file:base in / \"}")));
        var engine = StaticEngineFacts.of(info, version).withContainers(containers).withImages(images, history);
        HostFacts facts = new HostFactsCollector(root).environment(Map.of()).asRoot(true).engine(engine).collect();
        Map<String, CheckResult> r = Run.all(facts);
        assertThat(result(r, "2.6")).isEqualTo(Result.PASS);
        assertThat(result(r, "2.13")).isEqualTo(Result.WARN);
        assertThat(result(r, "2.15")).isEqualTo(Result.WARN);
        assertThat(result(r, "2.17")).isEqualTo(Result.PASS);
        assertThat(r.get("2.5").items()).extracting(Evidence::subject).containsExactly("10.1.0.0/16");
        assertThat(result(r, "1.2.2")).isEqualTo(Result.WARN);
        assertThat(r.get("4.1").items()).extracting(Evidence::subject).containsExactly("web");
        assertThat(r.get("4.5").result()).isEqualTo(Result.WARN);
        assertThat(r.get("4.6").items()).extracting(Evidence::subject).containsExactly("web:latest");
        assertThat(r.get("4.7").items()).extracting(Evidence::subject).containsExactly("web:latest");
        assertThat(r.get("4.9").items()).extracting(Evidence::detail).containsExactly("ADD app.tar /srv");
        assertThat(r.get("4.10").items()).singleElement().extracting(Evidence::detail).isEqualTo("Config.Env sets DB_PASSWORD");
        assertThat(r.get("4.10").toString()).doesNotContain("hunter2");
        assertThat(result(r, "5.1")).isEqualTo(Result.PASS);
        assertThat(r.get("6.1").items()).extracting(Evidence::subject).containsExactly("old:1");
        assertThat(r.get("6.2").items()).extracting(Evidence::subject).containsExactly("priv");
        for (String id : List.of("7.1", "7.2", "7.3", "7.5")) {
            assertThat(result(r, id)).as(id).isEqualTo(Result.PASS);
        }
        assertThat(r.get("C.5.3.3").items()).extracting(Evidence::subject).containsExactly("web");
        assertThat(result(r, "C.5.3.1")).isEqualTo(Result.PASS);
    }

    @Test
    void activeSwarmIsJudgedOnItsSettings() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var info = json.readTree("{\"Swarm\":{\"LocalNodeState\":\"active\",\"ControlAvailable\":true,\"NodeAddr\":\"10.0.0.1\"}}");
        var nodes = List.of(
                json.readTree("{\"ID\":\"a\",\"Description\":{\"Hostname\":\"m1\"},\"ManagerStatus\":{\"Leader\":true,\"Reachability\":\"reachable\"}}"),
                json.readTree("{\"ID\":\"b\",\"Description\":{\"Hostname\":\"m2\"},\"ManagerStatus\":{\"Reachability\":\"reachable\"}}"));
        var networks = List.of(json.readTree("{\"Name\":\"backend\",\"Driver\":\"overlay\",\"Options\":{}}"),
                json.readTree("{\"Name\":\"secure\",\"Driver\":\"overlay\",\"Options\":{\"encrypted\":\"\"}}"));
        var swarm = json.readTree("{\"Spec\":{\"EncryptionConfig\":{\"AutoLockManagers\":false}}}");
        var engine = new StaticEngineFacts("test", info, json.readTree("{}"), List.of(), List.of(), Map.of(), networks,
                swarm, nodes, List.of(), true);
        new HostTree(root).file("/proc/net/tcp", "sl local rem st\n 0: 00000000:0949 00000000:0000 0A 0\n");
        HostFacts facts = new HostFactsCollector(root).environment(Map.of()).asRoot(true).engine(engine).collect();
        Map<String, CheckResult> r = Run.all(facts);
        assertThat(result(r, "5.1")).isEqualTo(Result.WARN);
        assertThat(result(r, "7.1")).isEqualTo(Result.WARN);
        assertThat(r.get("7.2").items()).extracting(Evidence::subject).containsExactly("0.0.0.0:2377");
        assertThat(r.get("7.3").items()).extracting(Evidence::subject).containsExactly("backend");
        assertThat(result(r, "7.5")).isEqualTo(Result.WARN);
        assertThat(result(r, "7.4")).isEqualTo(Result.INFO);
        assertThat(result(r, "7.6")).isEqualTo(Result.NOTE);
        assertThat(result(r, "2.15")).isEqualTo(Result.PASS);
    }
}
