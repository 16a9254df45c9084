package dev.trusty.container.sources;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Mount;
import dev.trusty.core.InputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class KubernetesSourceTest {
    final List<String> warnings = new ArrayList<>();
    final KubernetesSource source = new KubernetesSource(warnings::add);

    private List<ContainerSpec> read(String yaml) {
        return source.read("k8s.yaml", yaml);
    }

    @Test
    void everyContainerInitAndEphemeralContainerIsASpecWithThePodContextMerged() {
        List<ContainerSpec> specs = read("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: web
                  annotations:
                    container.apparmor.security.beta.kubernetes.io/app: unconfined
                spec:
                  hostPID: true
                  automountServiceAccountToken: false
                  securityContext:
                    runAsUser: 1000
                    runAsNonRoot: true
                    seccompProfile: {type: RuntimeDefault}
                  initContainers:
                    - name: init
                      image: busybox:1.36
                      securityContext:
                        runAsUser: 0
                  containers:
                    - name: app
                      image: app:1
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities: {drop: [ALL], add: [cap_net_bind_service]}
                        seLinuxOptions: {type: container_t, level: "s0:c1"}
                  ephemeralContainers:
                    - name: debug
                      image: busybox:1.36
                      securityContext:
                        seccompProfile: {type: Unconfined}
                """);
        assertThat(specs).extracting(ContainerSpec::name).containsExactly("Pod/web:init (initContainers)",
                "Pod/web:app", "Pod/web:debug (ephemeralContainers)");
        ContainerSpec init = specs.get(0);
        ContainerSpec app = specs.get(1);
        ContainerSpec debug = specs.get(2);
        assertThat(init.user().value()).as("container wins over pod").isEqualTo("0");
        assertThat(init.user().at().field()).isEqualTo("spec.initContainers[0].securityContext.runAsUser");
        assertThat(app.user().value()).isEqualTo("1000");
        assertThat(app.user().at().field()).isEqualTo("spec.securityContext.runAsUser");
        assertThat(app.user().at().source().line()).isEqualTo(11);
        assertThat(app.runAsNonRoot().value()).isTrue();
        assertThat(ContainerSpec.isHost(app.pidMode())).isTrue();
        assertThat(app.noNewPrivileges().orElseThrow().value()).isTrue();
        assertThat(app.readOnlyRootfs().value()).isTrue();
        assertThat(app.capAdd()).extracting(s -> s.value()).containsExactly("NET_BIND_SERVICE");
        assertThat(app.securityOpt("seccomp").orElseThrow().value()).isEqualTo("runtime/default");
        assertThat(app.securityOpt("apparmor").orElseThrow().value()).isEqualTo("unconfined");
        assertThat(app.securityOpts("label")).extracting(s -> s.value()).containsExactly("type:container_t", "level:s0:c1");
        assertThat(app.automountServiceAccountToken().value()).isFalse();
        assertThat(debug.securityOpt("seccomp").orElseThrow().value()).isEqualTo("unconfined");
        assertThat(debug.securityOpt("apparmor")).isEmpty();
    }

    @Test
    void workloadKindsListsAndMultipleDocumentsFindTheirPodTemplates() {
        String template = "template:\n  spec:\n    containers:\n      - {name: c, image: i:1}\n";
        String indented = template.indent(2);
        List<ContainerSpec> specs = read("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 1 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers:
                            - {name: job, image: job:1}
                ---
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: apps/v1
                    kind: DaemonSet
                    metadata: {name: agent}
                    spec:
                """ + indented.indent(4) + """
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: settings}
                ---
                """);
        assertThat(specs).extracting(ContainerSpec::name).containsExactly("CronJob/nightly:job", "DaemonSet/agent:c");
        assertThat(specs.get(0).image().at().field()).isEqualTo("spec.jobTemplate.spec.template.spec.containers[0].image");
        assertThat(specs.get(1).image().at().field()).isEqualTo("items[0].spec.template.spec.containers[0].image");
        assertThat(warnings).singleElement().asString().startsWith("k8s.yaml:25:11: kind ConfigMap has no containers");
    }

    @Test
    void kubernetesDefaultsAreWrittenDownWhereTheyDifferFromDocker() {
        ContainerSpec spec = read("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n"
                + "    - {name: c, image: i:1}\n").get(0);
        assertThat(spec.securityOpt("seccomp").orElseThrow().value()).isEqualTo("unconfined");
        assertThat(spec.securityOpt("seccomp").orElseThrow().at().field())
                .isEqualTo("spec.containers[0].securityContext.seccompProfile (unset)");
        assertThat(spec.automountServiceAccountToken().value()).isTrue();
        assertThat(spec.networkMode().value()).isEqualTo("pod");
    }

    @Test
    void resourcesQuantitiesVolumesAndPortsMapToTheModel() {
        ContainerSpec spec = read("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: c
                      image: i:1
                      resources:
                        limits: {memory: 512Mi, cpu: 250m}
                        requests: {memory: 1G}
                      ports:
                        - {containerPort: 8080, hostPort: 8080, hostIP: 127.0.0.1, protocol: UDP}
                        - {containerPort: 9090}
                      volumeMounts:
                        - {name: host, mountPath: /host, readOnly: true, mountPropagation: HostToContainer}
                        - {name: scratch, mountPath: /tmp}
                        - {name: data, mountPath: /data}
                  volumes:
                    - {name: host, hostPath: {path: /var/log}}
                    - {name: scratch, emptyDir: {medium: Memory}}
                    - {name: data, persistentVolumeClaim: {claimName: data}}
                """).get(0);
        assertThat(spec.memory().value()).isEqualTo(512L << 20);
        assertThat(spec.nanoCpus().value()).isEqualTo(250_000_000L);
        assertThat(spec.memoryReservation().value()).isEqualTo(1_000_000_000L);
        assertThat(spec.ports()).singleElement().satisfies(p -> {
            assertThat(p.hostIp()).isEqualTo("127.0.0.1");
            assertThat(p.protocol()).isEqualTo("udp");
            assertThat(p.at().source().line()).isEqualTo(12);
        });
        assertThat(spec.mounts()).extracting(Mount::type, Mount::source, Mount::target, Mount::readOnly, Mount::propagation)
                .containsExactly(tuple(Mount.Type.BIND, "/var/log", "/host", true, "rslave"),
                        tuple(Mount.Type.TMPFS, "", "/tmp", false, ""),
                        tuple(Mount.Type.VOLUME, "data", "/data", false, ""));
    }

    @Test
    void badInputIsAClearErrorOrAWarning() {
        assertThatThrownBy(() -> read("just a string\n")).isInstanceOf(InputException.class)
                .hasMessage("k8s.yaml:1:1: not a Kubernetes object: expected a mapping with 'apiVersion' and 'kind'");
        assertThatThrownBy(() -> read("apiVersion: v1\nkind: Pod\nspec: {containers: [\n")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("k8s.yaml:4:1: malformed YAML:");
        assertThat(read("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n")).isEmpty();
        assertThat(warnings).singleElement().asString().startsWith("k8s.yaml:2:7: kind Widget has no containers");
        assertThatThrownBy(() -> read("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: c\n"
                + "      resources: {limits: {memory: lots}}\n")).hasMessage(
                "k8s.yaml:6:36: not a quantity: 'lots' (expected e.g. 512Mi or 500m)");
    }
}
