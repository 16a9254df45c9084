package dev.trusty.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One hardened container written four ways (compose, docker run, Kubernetes; the engine's inspect
 * comes from creating the docker run line), and one insecure change per case, written each way.
 * The hardened setup leaves only TC031 (no digest: a locally built image has none).
 */
final class Setups {
    static final String IMAGE = "trusty-ctr-test/app:1.0";
    static final String NETWORK = "trusty-ctr-test-net";
    static final Set<String> BASELINE = Set.of("TC031");

    static final Template COMPOSE = new Template("""
            services:
              app:
                image: {{image}}
            {{user}}
            {{rootfs}}
                cap_drop: [ALL]
            {{caps}}
            {{secopt}}
            {{mem}}
            {{cpu}}
            {{pids}}
            {{ulimits}}
            {{restart}}
            {{health}}
            {{network}}
            {{ports}}
            {{extra}}
            {{command}}
            """, Map.ofEntries(Map.entry("image", IMAGE), Map.entry("user", "    user: \"10001:10001\""),
            Map.entry("rootfs", "    read_only: true\n    tmpfs: [/tmp]"), Map.entry("caps", ""),
            Map.entry("secopt", "    security_opt: [\"no-new-privileges:true\"]"), Map.entry("mem", "    mem_limit: 256m"),
            Map.entry("cpu", "    cpus: 0.5"), Map.entry("pids", "    pids_limit: 100"),
            Map.entry("ulimits", "    ulimits:\n      nofile: {soft: 1024, hard: 1024}\n      nproc: 512"),
            Map.entry("restart", "    restart: on-failure:3"),
            Map.entry("health", "    healthcheck:\n      test: [\"CMD\", \"/bin/true\"]"), Map.entry("network", ""),
            Map.entry("ports", "    ports: [\"127.0.0.1:8080:8080\"]"), Map.entry("extra", ""), Map.entry("command", "")));

    static final Template RUN = new Template(
            "docker run {{user}} {{rootfs}} --cap-drop ALL {{caps}} {{secopt}} {{mem}} {{cpu}} {{pids}} {{ulimits}} "
                    + "{{restart}} {{health}} {{network}} {{ports}} {{extra}} {{image}} {{command}}",
            Map.ofEntries(Map.entry("image", IMAGE), Map.entry("user", "--user 10001:10001"),
                    Map.entry("rootfs", "--read-only --tmpfs /tmp"), Map.entry("caps", ""),
                    Map.entry("secopt", "--security-opt no-new-privileges:true"), Map.entry("mem", "-m 256m"),
                    Map.entry("cpu", "--cpus .5"), Map.entry("pids", "--pids-limit 100"),
                    Map.entry("ulimits", "--ulimit nofile=1024:1024 --ulimit nproc=512:512"),
                    Map.entry("restart", "--restart on-failure:3"), Map.entry("health", "--health-cmd /bin/true"),
                    Map.entry("network", "--network " + NETWORK), Map.entry("ports", "-p 127.0.0.1:8080:8080"),
                    Map.entry("extra", ""), Map.entry("command", "")));

    static final Template KUBERNETES = new Template("""
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: app
            spec:
              selector:
                matchLabels: {app: app}
              template:
                metadata:
                  labels: {app: app}
                spec:
                  automountServiceAccountToken: false
            {{podextra}}
                  securityContext:
                    runAsNonRoot: true
                    seccompProfile:
                      type: RuntimeDefault
            {{podsc}}
                  containers:
                    - name: app
                      image: {{image}}
            {{command}}
                      securityContext:
            {{user}}
            {{nnp}}
            {{rootfs}}
                        capabilities:
                          drop: [ALL]
            {{caps}}
            {{sc}}
                      resources:
                        limits:
            {{mem}}
            {{cpu}}
            {{health}}
            {{env}}
            {{ports}}
            {{mounts}}
            {{volumes}}
            """, Map.ofEntries(Map.entry("image", IMAGE), Map.entry("podextra", ""), Map.entry("podsc", ""),
            Map.entry("command", ""), Map.entry("user", "            runAsUser: 10001"),
            Map.entry("nnp", "            allowPrivilegeEscalation: false"),
            Map.entry("rootfs", "            readOnlyRootFilesystem: true"), Map.entry("caps", ""), Map.entry("sc", ""),
            Map.entry("mem", "              memory: 256Mi"), Map.entry("cpu", "              cpu: 500m"),
            Map.entry("health", "          livenessProbe:\n            exec:\n              command: [/bin/true]"),
            Map.entry("env", ""), Map.entry("ports", ""), Map.entry("mounts", ""), Map.entry("volumes", "")));

    /**
     * One insecure setting. {@code kubernetes} is null where Kubernetes cannot express it (ulimits,
     * UTS namespace, restart policy...); {@code ids} is everything the audit must report.
     */
    record Case(String name, Set<String> ids, Map<String, String> compose, Map<String, String> run,
                Map<String, String> kubernetes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Set<String> withBaseline(String... ids) {
        Set<String> all = new TreeSet<>(BASELINE);
        all.addAll(List.of(ids));
        return all;
    }

    private static Map<String, String> k8sHostPath(String name, String path, String target, String extra) {
        return Map.of("mounts", "          volumeMounts:\n            - {name: " + name + ", mountPath: " + target
                        + extra + "}",
                "volumes", "      volumes:\n        - name: " + name + "\n          hostPath: {path: " + path + "}");
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("privileged", withBaseline("TC001"), Map.of("extra", "    privileged: true"),
                Map.of("extra", "--privileged"), Map.of("sc", "            privileged: true")));
        c.add(new Case("cap-sys-admin", withBaseline("TC002"), Map.of("caps", "    cap_add: [SYS_ADMIN]"),
                Map.of("caps", "--cap-add=SYS_ADMIN"), Map.of("caps", "              add: [SYS_ADMIN]")));
        c.add(new Case("docker-socket", withBaseline("TC004"),
                Map.of("extra", "    volumes: [\"/var/run/docker.sock:/var/run/docker.sock:ro\"]"),
                Map.of("extra", "-v /var/run/docker.sock:/var/run/docker.sock:ro"),
                k8sHostPath("sock", "/var/run/docker.sock", "/var/run/docker.sock", ", readOnly: true")));
        c.add(new Case("etc-mount", withBaseline("TC005"), Map.of("extra", "    volumes: [\"/etc:/host/etc\"]"),
                Map.of("extra", "--volume /etc:/host/etc"), k8sHostPath("etc", "/etc", "/host/etc", "")));
        c.add(new Case("shared-propagation", withBaseline("TC006"),
                Map.of("extra", "    volumes:\n      - type: bind\n        source: /tmp\n        target: /mnt/tmp\n"
                        + "        bind:\n          propagation: rshared"),
                Map.of("extra", "--mount type=bind,src=/tmp,dst=/mnt/tmp,bind-propagation=rshared"),
                k8sHostPath("tmp", "/tmp", "/mnt/tmp", ", mountPropagation: Bidirectional")));
        c.add(new Case("host-network", withBaseline("TC007"), Map.of("network", "    network_mode: host", "ports", ""),
                Map.of("network", "--net=host", "ports", ""), Map.of("podextra", "      hostNetwork: true")));
        c.add(new Case("host-pid", withBaseline("TC008"), Map.of("extra", "    pid: host"),
                Map.of("extra", "--pid host"), Map.of("podextra", "      hostPID: true")));
        c.add(new Case("host-ipc", withBaseline("TC009"), Map.of("extra", "    ipc: host"),
                Map.of("extra", "--ipc=host"), Map.of("podextra", "      hostIPC: true")));
        c.add(new Case("host-uts", withBaseline("TC010"), Map.of("extra", "    uts: host"),
                Map.of("extra", "--uts host"), null));
        c.add(new Case("host-userns", withBaseline("TC011"), Map.of("extra", "    userns_mode: host"),
                Map.of("extra", "--userns host"), null));
        c.add(new Case("no-memory-limit", withBaseline("TC012"), Map.of("mem", ""), Map.of("mem", ""),
                Map.of("mem", "")));
        c.add(new Case("no-cpu-limit", withBaseline("TC013"), Map.of("cpu", ""), Map.of("cpu", ""), Map.of("cpu", "")));
        c.add(new Case("no-pids-limit", withBaseline("TC014"), Map.of("pids", ""), Map.of("pids", ""), null));
        c.add(new Case("no-ulimits", withBaseline("TC015"), Map.of("ulimits", ""), Map.of("ulimits", ""), null));
        c.add(new Case("root-user", withBaseline("TC016"), Map.of("user", "    user: \"0\""),
                Map.of("user", "-u 0"), Map.of("user", "            runAsUser: 0")));
        c.add(new Case("writable-rootfs", withBaseline("TC017"), Map.of("rootfs", ""), Map.of("rootfs", ""),
                Map.of("rootfs", "")));
        c.add(new Case("no-new-privileges-missing", withBaseline("TC018"), Map.of("secopt", ""),
                Map.of("secopt", ""), Map.of("nnp", "")));
        c.add(new Case("seccomp-unconfined", withBaseline("TC019"),
                Map.of("secopt", "    security_opt: [\"no-new-privileges:true\", \"seccomp:unconfined\"]"),
                Map.of("secopt", "--security-opt no-new-privileges:true --security-opt seccomp=unconfined"),
                Map.of("sc", "            seccompProfile: {type: Unconfined}")));
        c.add(new Case("apparmor-unconfined", withBaseline("TC020"),
                Map.of("secopt", "    security_opt: [\"no-new-privileges:true\", \"apparmor:unconfined\"]"),
                Map.of("secopt", "--security-opt no-new-privileges:true --security-opt apparmor=unconfined"),
                Map.of("sc", "            appArmorProfile: {type: Unconfined}")));
        c.add(new Case("selinux-disabled", withBaseline("TC021"),
                Map.of("secopt", "    security_opt: [\"no-new-privileges:true\", \"label:disable\"]"),
                Map.of("secopt", "--security-opt no-new-privileges:true --security-opt label=disable"),
                Map.of("sc", "            seLinuxOptions: {type: spc_t}")));
        c.add(new Case("port-80-all-interfaces", withBaseline("TC022", "TC023"), Map.of("ports", "    ports: [\"80:80\"]"),
                Map.of("ports", "-p 80:80"), Map.of("ports", "          ports:\n            - {containerPort: 80, hostPort: 80}")));
        c.add(new Case("default-bridge", withBaseline("TC024"), Map.of("network", "    network_mode: bridge"),
                Map.of("network", ""), null));
        c.add(new Case("restart-always", withBaseline("TC025"), Map.of("restart", "    restart: always"),
                Map.of("restart", "--restart always"), null));
        c.add(new Case("no-healthcheck", withBaseline("TC026"), Map.of("health", ""), Map.of("health", ""),
                Map.of("health", "")));
        c.add(new Case("device", withBaseline("TC027"), Map.of("extra", "    devices: [\"/dev/null:/dev/hostnull\"]"),
                Map.of("extra", "--device /dev/null:/dev/hostnull"),
                Map.of("mounts", "          volumeMounts:\n            - {name: dev, mountPath: /dev/hostnull}",
                        "volumes", "      volumes:\n        - name: dev\n          hostPath: {path: /dev/null, type: CharDevice}")));
        c.add(new Case("secret-env", withBaseline("TC028"),
                Map.of("extra", "    environment:\n      DB_PASSWORD: Sup3r-S3cret-Value"),
                Map.of("extra", "-e DB_PASSWORD=Sup3r-S3cret-Value"),
                Map.of("env", "          env:\n            - {name: DB_PASSWORD, value: Sup3r-S3cret-Value}")));
        c.add(new Case("oom-kill-disabled", withBaseline("TC029"), Map.of("extra", "    oom_kill_disable: true"),
                Map.of("extra", "--oom-kill-disable"), null));
        c.add(new Case("latest-image", new TreeSet<>(Set.of("TC030")), Map.of("image", "trusty-ctr-test/app"),
                Map.of("image", "trusty-ctr-test/app"), Map.of("image", "trusty-ctr-test/app:latest")));
        c.add(new Case("sshd", withBaseline("TC032"), Map.of("command", "    command: [\"/usr/sbin/sshd\", \"-D\"]"),
                Map.of("command", "/usr/sbin/sshd -D"), Map.of("command", "          command: [\"/usr/sbin/sshd\", \"-D\"]")));
        c.add(new Case("cgroup-parent", withBaseline("TC033"), Map.of("extra", "    cgroup_parent: /trusty-ctr-test"),
                Map.of("extra", "--cgroup-parent /trusty-ctr-test"), null));
        c.add(new Case("unsafe-sysctl", withBaseline("TC034"), Map.of("extra", "    sysctls: {kernel.msgmax: \"65536\"}"),
                Map.of("extra", "--sysctl kernel.msgmax=65536"),
                Map.of("podsc", "        sysctls:\n          - {name: kernel.msgmax, value: \"65536\"}")));
        c.add(new Case("systempaths-unconfined", withBaseline("TC035"),
                Map.of("secopt", "    security_opt: [\"no-new-privileges:true\", \"systempaths=unconfined\"]"),
                Map.of("secopt", "--security-opt no-new-privileges:true --security-opt systempaths=unconfined"),
                Map.of("sc", "            procMount: Unmasked")));
        return c;
    }

    private Setups() {
    }
}
