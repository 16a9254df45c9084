package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.sources.DockerRunSource;
import dev.trusty.container.sources.KubernetesSource;
import dev.trusty.core.Finding;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule by rule, the cases the cross-source test does not vary: each rule's edges, positive and
 * negative. Specs come from docker run lines (the shortest way to write one) unless the rule is
 * about something only another source has.
 */
class RulesTest {

    private static ContainerSpec run(String line) {
        return new DockerRunSource(w -> { }).fromCommandLine("--run", line);
    }

    private static List<Finding> check(Rule<ContainerSpec> rule, ContainerSpec spec) {
        List<Finding> out = new ArrayList<>();
        rule.check(spec, out::add);
        return out;
    }

    private static List<String> messages(Rule<ContainerSpec> rule, String line) {
        return check(rule, run(line)).stream().map(Finding::message).toList();
    }

    @Test
    void catalogueHasStableSequentialIdsAndCompleteMetadata() {
        List<RuleInfo> infos = ContainerRules.infos();
        assertThat(infos).extracting(RuleInfo::id).containsExactlyElementsOf(
                IntStream.rangeClosed(1, infos.size()).mapToObj(i -> String.format("TC%03d", i)).toList());
        assertThat(infos).allSatisfy(info -> {
            assertThat(info.rationale()).isNotBlank();
            assertThat(info.remediation()).isNotBlank();
            assertThat(info.references()).isNotEmpty();
        });
        Set<String> cis = infos.stream().flatMap(i -> i.aliases().stream()).filter(a -> a.startsWith("CIS-"))
                .collect(Collectors.toSet());
        assertThat(cis).contains("CIS-5.2", "CIS-5.3", "CIS-5.4", "CIS-5.5", "CIS-5.6", "CIS-5.7", "CIS-5.8",
                "CIS-5.10", "CIS-5.11", "CIS-5.12", "CIS-5.13", "CIS-5.14", "CIS-5.15", "CIS-5.16", "CIS-5.17",
                "CIS-5.18", "CIS-5.19", "CIS-5.20", "CIS-5.21", "CIS-5.22", "CIS-5.25", "CIS-5.26", "CIS-5.27",
                "CIS-5.29", "CIS-5.30", "CIS-5.31", "CIS-5.32");
    }

    @Test
    void dangerousCapabilitiesSayWhatTheyGiveAndDefaultOnesPass() {
        DangerousCapability rule = new DangerousCapability();
        assertThat(messages(rule, "docker run --cap-add NET_RAW --cap-add ALL --cap-add CAP_BPF a:1"))
                .containsExactly("adds NET_RAW: craft raw packets: ARP and DNS spoofing of neighbours on the same network; fix: remove --cap-add NET_RAW",
                        "adds ALL: every capability: root's full power over the kernel, a container escape away; fix: remove --cap-add ALL",
                        "adds BPF: load eBPF programs that read kernel memory and hook the kernel; fix: remove --cap-add BPF");
        assertThat(messages(rule, "docker run --cap-add CHOWN --cap-add net_bind_service a:1")).isEmpty();
    }

    @Test
    void capabilitiesNotDroppedUnlessAllAreDropped() {
        CapabilitiesNotDropped rule = new CapabilitiesNotDropped();
        assertThat(messages(rule, "docker run a:1")).singleElement().asString().startsWith("keeps Docker's default");
        assertThat(messages(rule, "docker run --cap-drop NET_RAW a:1")).singleElement().asString()
                .startsWith("drops only NET_RAW");
        assertThat(messages(rule, "docker run --cap-drop=all a:1")).isEmpty();
    }

    @Test
    void runtimeSocketsAndTheirDirectoriesButNotOtherSockets() {
        RuntimeSocketMounted rule = new RuntimeSocketMounted();
        assertThat(messages(rule, "docker run -v /run/containerd/containerd.sock:/c.sock -v /var/run:/host-run a:1")).hasSize(2);
        assertThat(messages(rule, "docker run -v /var/run/docker.sock:/var/run/docker.sock:ro a:1")).singleElement()
                .asString().contains("read-only (which still allows every API call)");
        assertThat(messages(rule, "docker run -v /var/run/app/app.sock:/app.sock -v docker.sock:/x a:1"))
                .as("another socket, and a named volume that happens to be called docker.sock").isEmpty();
    }

    @Test
    void sensitiveHostPathsIncludingSubtreesButNotApplicationDirectories() {
        SensitiveHostPath rule = new SensitiveHostPath();
        assertThat(messages(rule, "docker run -v /home:/h -v /root/.ssh:/k:ro -v /var/lib/docker/:/d -v //etc/:/e a:1"))
                .containsExactly("mounts host path /home (writable) at /h; fix: mount a narrower directory or a named volume",
                        "mounts host path /root/.ssh (read-only) at /k; fix: mount a narrower directory or a named volume",
                        "mounts host path /var/lib/docker (writable) at /d; fix: mount a narrower directory or a named volume",
                        "mounts host path /etc (writable) at /e; fix: mount a narrower directory or a named volume");
        assertThat(messages(rule, "docker run -v /srv/app:/app -v /etcd-data:/data -v etc:/etc a:1")).isEmpty();
    }

    @Test
    void rootIsUidZeroOrTheNameRootButNotAnotherUser() {
        RunsAsRoot rule = new RunsAsRoot();
        assertThat(messages(rule, "docker run -u root:root a:1")).singleElement().asString().startsWith("runs as root (user root:root)");
        assertThat(messages(rule, "docker run -u 0:1000 a:1")).hasSize(1);
        assertThat(messages(rule, "docker run -u app a:1")).isEmpty();
        assertThat(messages(rule, "docker run a:1")).singleElement().asString().startsWith("may run as root: no user set");
        assertThat(check(rule, run("docker run a:1").imageUser("nobody"))).as("the engine told us the image's user").isEmpty();
        assertThat(check(rule, run("docker run a:1").imageUser(""))).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("runs as root: no user set and the image's USER is unset"));
    }

    @Test
    void runAsNonRootIsEnoughInKubernetes() {
        String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsNonRoot: %s}\n"
                + "  containers:\n    - {name: c, image: i:1}\n";
        RunsAsRoot rule = new RunsAsRoot();
        assertThat(check(rule, new KubernetesSource(w -> { }).read("p.yaml", pod.formatted("true")).get(0))).isEmpty();
        assertThat(check(rule, new KubernetesSource(w -> { }).read("p.yaml", pod.formatted("false")).get(0)))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("runAsNonRoot is false"));
    }

    @Test
    void restartPoliciesWithoutACapButNotCappedOnes() {
        RestartPolicyUnbounded rule = new RestartPolicyUnbounded();
        assertThat(messages(rule, "docker run --restart on-failure:10 a:1")).singleElement().asString()
                .startsWith("restart policy allows 10 retries (more than 5)");
        assertThat(messages(rule, "docker run --restart on-failure a:1")).singleElement().asString()
                .startsWith("restart policy on-failure has no retry cap");
        assertThat(messages(rule, "docker run --restart unless-stopped a:1")).hasSize(1);
        assertThat(messages(rule, "docker run --restart on-failure:5 a:1")).isEmpty();
        assertThat(messages(rule, "docker run --restart no a:1")).isEmpty();
        assertThat(messages(rule, "docker run a:1")).isEmpty();
    }

    @Test
    void healthcheckDisabledIsReportedAsSuch() {
        assertThat(messages(new NoHealthcheck(), "docker run --no-healthcheck a:1")).singleElement().asString()
                .startsWith("health check is disabled");
        assertThat(messages(new NoHealthcheck(), "docker run --health-cmd true a:1")).isEmpty();
    }

    @Test
    void secretsAreRecognisedByWholeNameTokensOrShapeAndNeverPrinted() {
        SecretInEnvironment rule = new SecretInEnvironment();
        String awsKeyId = "AKIA" + "IOSFODNN7EXAMPLQ";
        List<String> found = messages(rule, "docker run -e DB_PASSWORD=s3cr3t-Pa55 -e GITHUB_TOKEN=abcd1234efgh "
                + "-e api-key=0123456789 -e CONFIG=" + awsKeyId + " a:1");
        assertThat(found).hasSize(4).noneMatch(m -> m.contains("s3cr3t") || m.contains(awsKeyId) || m.contains("abcd1234"));
        assertThat(found.get(0)).startsWith("DB_PASSWORD holds a literal secret (11 chars, sha256 ");
        assertThat(messages(rule, "docker run -e DB_PASSWORD_FILE=/run/secrets/db -e MONKEY=bananas123 "
                + "-e KEYCLOAK_URL=https://id -e DB_PASSWORD='${DB_PASSWORD}' -e API_TOKEN=changeme -e PASSWORD "
                + "-e TOKEN=xxxxxxxx -e SECRET= a:1")).isEmpty();
    }

    @Test
    void oomKillerDisabledSaysWhetherMemoryIsLimited() {
        assertThat(messages(new OomKillDisabled(), "docker run --oom-kill-disable -m 1g a:1")).singleElement()
                .asString().startsWith("OOM killer is disabled;");
        assertThat(messages(new OomKillDisabled(), "docker run --oom-kill-disable=false a:1")).isEmpty();
    }

    @Test
    void imageTagsAndDigests() {
        String digest = "@sha256:" + "a".repeat(64);
        assertThat(messages(new ImageLatest(), "docker run registry:5000/team/app:2.1")).as("port, not tag").isEmpty();
        assertThat(messages(new ImageLatest(), "docker run registry:5000/team/app")).singleElement().asString()
                .startsWith("image registry:5000/team/app has no tag");
        assertThat(messages(new ImageLatest(), "docker run app:latest" + digest)).isEmpty();
        assertThat(messages(new ImageWithoutDigest(), "docker run app:1.2" + digest)).isEmpty();
        assertThat(messages(new ImageWithoutDigest(), "docker run app:1.2")).hasSize(1);
        assertThat(messages(new ImageWithoutDigest(), "docker run app")).as("TC030's job").isEmpty();
        assertThat(messages(new ImageLatest(), "docker run $IMAGE")).as("unknown until run time").isEmpty();
    }

    @Test
    void sshdInTheRunningProcessesOrTheCommand() {
        ContainerSpec live = run("docker run a:1").processes(List.of("/usr/bin/supervisord", "/usr/sbin/sshd -D"));
        assertThat(check(new SshdInContainer(), live)).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("sshd is running inside"));
        assertThat(messages(new SshdInContainer(), "docker run --entrypoint /usr/sbin/sshd a:1 -D")).hasSize(1);
        assertThat(messages(new SshdInContainer(), "docker run a:1 ssh-agent")).isEmpty();
    }

    @Test
    void selinuxAllowedTypesAndTheEngineAddedDisableAreNotReported() {
        SelinuxRelaxed rule = new SelinuxRelaxed();
        assertThat(messages(rule, "docker run --security-opt label=type:container_t --security-opt label=level:s0 a:1")).isEmpty();
        assertThat(messages(rule, "docker run --security-opt label=user:system_u a:1")).singleElement().asString()
                .startsWith("sets a custom SELinux user (system_u)");
        assertThat(messages(rule, "docker run --privileged --security-opt label=disable a:1"))
                .as("docker adds label=disable itself to privileged containers").isEmpty();
    }

    @Test
    void networkAndPorts() {
        assertThat(messages(new DefaultBridgeNetwork(), "docker run --network container:db a:1")).isEmpty();
        assertThat(messages(new DefaultBridgeNetwork(), "docker run --network bridge a:1")).hasSize(1);
        assertThat(messages(new PortOnAllInterfaces(), "docker run -p 127.0.0.1:8080:80 -p [::1]:8081:80 a:1")).isEmpty();
        assertThat(messages(new PortOnAllInterfaces(), "docker run -p 8080 -P a:1")).hasSize(2);
        assertThat(messages(new PrivilegedPort(), "docker run -p 1024:80 -p 127.0.0.1:8080:22 a:1")).isEmpty();
        assertThat(messages(new PrivilegedPort(), "docker run -p 127.0.0.1:22:22 a:1")).hasSize(1);
    }

    @Test
    void limitsCountEveryWayOfSettingThem() {
        assertThat(messages(new NoCpuLimit(), "docker run --cpu-shares 512 a:1")).isEmpty();
        assertThat(messages(new NoCpuLimit(), "docker run --cpuset-cpus 0 a:1")).isEmpty();
        assertThat(messages(new NoCpuLimit(), "docker run --cpu-shares 1024 a:1")).as("1024 is the default").hasSize(1);
        assertThat(check(new NoMemoryLimit(), run("docker run -m 0 a:1"))).singleElement()
                .satisfies(f -> assertThat(f.location().describe()).isEqualTo("--run:1:12 (a:1 --memory (argv 2))"));
        assertThat(messages(new NoPidsLimit(), "docker run --pids-limit -1 a:1")).hasSize(1);
        assertThat(messages(new UlimitsUnset(), "docker run --ulimit nofile=10:10 a:1")).containsExactly(
                "no nproc ulimit; fix: --ulimit nofile=1024:1024 --ulimit nproc=512");
    }

    @Test
    void safeSysctlsPass() {
        assertThat(messages(new UnsafeSysctl(), "docker run --sysctl net.ipv4.ip_unprivileged_port_start=0 a:1")).isEmpty();
        assertThat(messages(new UnsafeSysctl(), "docker run --sysctl net.ipv4.ip_forward=1 a:1")).hasSize(1);
    }

    @Test
    void serviceAccountTokensOnlyExistInKubernetes() {
        assertThat(messages(new ServiceAccountToken(), "docker run a:1")).isEmpty();
        String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n%s  containers:\n    - {name: c, image: i:1}\n";
        KubernetesSource k8s = new KubernetesSource(w -> { });
        assertThat(check(new ServiceAccountToken(), k8s.read("p.yaml", pod.formatted("")).get(0))).hasSize(1);
        assertThat(check(new ServiceAccountToken(), k8s.read("p.yaml",
                pod.formatted("  automountServiceAccountToken: false\n")).get(0))).isEmpty();
    }

    @Test
    void namespacesSharedWithAnotherContainerAreNotTheHost() {
        ContainerSpec spec = run("docker run --pid container:a --ipc shareable --network container:b a:1");
        assertThat(check(new HostPid(), spec)).isEmpty();
        assertThat(check(new HostIpc(), spec)).isEmpty();
        assertThat(check(new HostNetwork(), spec)).isEmpty();
    }
}
