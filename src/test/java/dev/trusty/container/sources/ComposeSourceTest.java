package dev.trusty.container.sources;

import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Mount;
import dev.trusty.container.PublishedPort;
import dev.trusty.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComposeSourceTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();

    private List<ContainerSpec> read(String yaml, Map<String, String> env) throws IOException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, yaml);
        return new ComposeSource(env, warnings::add).read(file);
    }

    private ContainerSpec one(String yaml) throws IOException {
        return read(yaml, Map.of()).get(0);
    }

    @Test
    void includedFilesAddTheirServicesPointingIntoThemselves() throws IOException {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/compose.yaml"), "services:\n  db:\n    image: postgres:16\n    privileged: true\n");
        Files.writeString(dir.resolve("cache.yaml"), "services:\n  cache:\n    image: redis:7\n");
        List<ContainerSpec> specs = read("""
                include:
                  - db/compose.yaml
                  - path: [cache.yaml]
                services:
                  web:
                    image: nginx:1.27
                """, Map.of());
        assertThat(specs).extracting(ContainerSpec::name).containsExactly("db", "cache", "web");
        assertThat(specs.get(0).privileged().at().source().describe()).endsWith("db/compose.yaml:4:17");
    }

    @Test
    void includeConflictsAndCyclesAreInputErrors() throws IOException {
        Files.writeString(dir.resolve("other.yaml"), "services:\n  web:\n    image: a:1\n");
        assertThatThrownBy(() -> read("include: [other.yaml]\nservices:\n  web:\n    image: b:1\n", Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("compose.yaml:3:3: service 'web' is also defined by an included compose file");
        Files.writeString(dir.resolve("loop.yaml"), "include: [compose.yaml]\nservices: {}\n");
        assertThatThrownBy(() -> read("include: [loop.yaml]\nservices: {}\n", Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("loop.yaml:1:11: include cycle: compose.yaml includes this file again");
    }

    @Test
    void everyValuePointsAtItsLineAndColumn() throws IOException {
        ContainerSpec web = one("""
                services:
                  web:
                    image: nginx:1.27
                    privileged: true
                    cap_add: [NET_ADMIN, sys_ptrace]
                """);
        assertThat(web.name()).isEqualTo("web");
        assertThat(web.privileged().value()).isTrue();
        assertThat(web.privileged().at().field()).isEqualTo("services.web.privileged");
        assertThat(web.privileged().at().source().describe()).endsWith("compose.yaml:4:17");
        assertThat(web.capAdd()).extracting(s -> s.value()).containsExactly("NET_ADMIN", "SYS_PTRACE");
        assertThat(web.capAdd().get(1).at().source().column()).isEqualTo(26);
        assertThat(web.declaration().source().line()).isEqualTo(2);
    }

    @Test
    void anchorsMergeKeysAndExtensionsApplyWithTheAnchorsPosition() throws IOException {
        List<ContainerSpec> specs = read("""
                x-hardening: &hardening
                  read_only: true
                  cap_drop: [ALL]
                  user: "1000"
                services:
                  a:
                    <<: *hardening
                    image: a:1
                  b:
                    <<: *hardening
                    user: root
                    image: b:1
                """, Map.of());
        assertThat(specs).extracting(ContainerSpec::name).containsExactly("a", "b");
        assertThat(specs.get(0).readOnlyRootfs().value()).isTrue();
        assertThat(specs.get(0).readOnlyRootfs().at().source().line()).isEqualTo(2);
        assertThat(specs.get(0).user().value()).isEqualTo("1000");
        assertThat(specs.get(1).user().value()).as("local key wins over the merged one").isEqualTo("root");
        assertThat(specs.get(1).capDrop()).extracting(s -> s.value()).containsExactly("ALL");
    }

    @Test
    void extendsFromTheSameFileAndAnotherFileMergesWithTheLocalServiceWinning() throws IOException {
        Files.writeString(dir.resolve("base.yml"), """
                services:
                  hardened:
                    read_only: true
                    cap_add: [CHOWN]
                    mem_limit: 128m
                """);
        List<ContainerSpec> specs = read("""
                services:
                  common:
                    extends: {file: base.yml, service: hardened}
                    pids_limit: 50
                  app:
                    extends: common
                    image: app:1
                    cap_add: [NET_ADMIN]
                    mem_limit: 1g
                """, Map.of());
        ContainerSpec app = specs.get(1);
        assertThat(app.readOnlyRootfs().value()).isTrue();
        assertThat(app.readOnlyRootfs().at().source().path()).endsWith("base.yml");
        assertThat(app.pidsLimit().value()).isEqualTo(50L);
        assertThat(app.memory().value()).isEqualTo(1L << 30);
        assertThat(app.capAdd()).extracting(s -> s.value()).containsExactly("CHOWN", "NET_ADMIN");
    }

    @Test
    void theDefaultOverrideFileIsMergedByComposesRulesAndEachValuePointsAtTheFileThatSetIt() throws IOException {
        Files.writeString(dir.resolve("compose.override.yaml"), """
                services:
                  web:
                    privileged: true
                    command: ["serve", "--debug"]
                    environment:
                      B: "3"
                      C: "4"
                    volumes:
                      - /var/run/docker.sock:/data
                    cap_add: [SYS_ADMIN, NET_ADMIN]
                """);
        ContainerSpec web = one("""
                services:
                  web:
                    image: nginx:1.27
                    command: ["serve"]
                    environment: [A=1, B=2]
                    volumes: ["./data:/data:ro", "logs:/logs"]
                    cap_add: [NET_ADMIN]
                """);
        assertThat(web.privileged().value()).isTrue();
        assertThat(web.privileged().at().source().describe()).endsWith("compose.override.yaml:3:17");
        assertThat(web.command().value()).as("a command line is replaced, not joined").containsExactly("serve", "--debug");
        assertThat(web.env()).extracting(e -> e.name() + "=" + e.value()).containsExactlyInAnyOrder("A=1", "B=3", "C=4");
        assertThat(web.mounts()).as("volumes merge by their path in the container")
                .extracting(m -> m.source() + ">" + m.target())
                .containsExactlyInAnyOrder("/var/run/docker.sock>/data", "logs>/logs");
        assertThat(web.capAdd()).extracting(s -> s.value()).containsExactly("NET_ADMIN", "SYS_ADMIN");
    }

    @Test
    void filesGivenTogetherMergeInOrderAndOnlyDefaultNamesPickAnOverrideUp() throws IOException {
        Path base = dir.resolve("app.yml");
        Path prod = dir.resolve("app.prod.yml");
        Files.writeString(base, "services:\n  api:\n    image: api:1\n    user: \"1000\"\n");
        Files.writeString(prod, "services:\n  api:\n    user: root\n  worker:\n    image: worker:1\n");
        Files.writeString(dir.resolve("app.override.yml"), "services:\n  api:\n    privileged: true\n");
        ComposeSource source = new ComposeSource(Map.of(), warnings::add);
        assertThat(source.read(base).get(0).privileged()).as("app.yml is not a name compose looks for").isNull();
        List<ContainerSpec> merged = source.readMerged(List.of(base, prod));
        assertThat(merged).extracting(ContainerSpec::name).containsExactly("api", "worker");
        assertThat(merged.get(0).user().value()).isEqualTo("root");
        assertThat(merged.get(0).user().at().source().path()).endsWith("app.prod.yml");
        assertThat(merged.get(0).image().value()).isEqualTo("api:1");
        assertThat(ComposeSource.mergedInto(dir.resolve("app.override.yml"))).isNull();
    }

    @Test
    void extendsMergesEnvironmentByNameWhateverTheFormOnEitherSide() throws IOException {
        List<ContainerSpec> specs = read("""
                services:
                  base:
                    image: a:1
                    environment: [MODE=dev, KEEP=yes]
                  app:
                    extends: base
                    environment:
                      MODE: prod
                """, Map.of());
        assertThat(specs.get(1).env()).extracting(e -> e.name() + "=" + e.value())
                .containsExactlyInAnyOrder("MODE=prod", "KEEP=yes");
    }

    @Test
    void extendsOfAMissingServiceIsAnInputErrorAtTheExtendsLine() {
        assertThatThrownBy(() -> one("""
                services:
                  app:
                    extends: nowhere
                """)).isInstanceOf(InputException.class)
                .hasMessageEndingWith("compose.yaml:3:14: 'extends' names service 'nowhere', which "
                        + dir.resolve("compose.yaml") + " does not define");
    }

    @Test
    void interpolatesEveryFormWithTheDotEnvFileAndTheEnvironmentWinning() throws IOException {
        Files.writeString(dir.resolve(".env"), "# comment\nTAG=1.2\nexport USER_ID='4400'\nEMPTY=\nCPU=0.25\n");
        ContainerSpec spec = one("""
                services:
                  app:
                    image: "registry:5000/app:${TAG}"
                    user: $USER_ID
                    mem_limit: ${MEM:-256m}
                    cpus: ${CPU-2}
                    restart: ${EMPTY:-on-failure}:${RETRIES-3}
                    cgroup_parent: ${EMPTY-unused}$${NOT_A_VAR}
                    pids_limit: ${PIDS:+99}${PIDS2:-64}
                    network_mode: ${NET}
                """);
        assertThat(spec.image().value()).isEqualTo("registry:5000/app:1.2");
        assertThat(spec.user().value()).isEqualTo("4400");
        assertThat(spec.memory().value()).isEqualTo(256L << 20);
        assertThat(spec.nanoCpus().value()).isEqualTo(250_000_000L);
        assertThat(spec.restartPolicy().value()).isEqualTo("on-failure");
        assertThat(spec.restartMaxRetries().value()).isEqualTo(3);
        assertThat(spec.cgroupParent().value()).isEqualTo("${NOT_A_VAR}");
        assertThat(spec.pidsLimit().value()).isEqualTo(64L);
        assertThat(warnings).singleElement().asString().endsWith("compose.yaml:10:19: variable NET is not set, using an empty string");

        ContainerSpec overridden = read("services:\n  app:\n    image: app:${TAG}\n", Map.of("TAG", "9")).get(0);
        assertThat(overridden.image().value()).isEqualTo("app:9");
    }

    @Test
    void aMissingRequiredVariableIsAnInputErrorAtTheValue() {
        assertThatThrownBy(() -> one("""
                services:
                  app:
                    image: app:${TAG?set TAG to the release}
                """)).isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("compose.yaml") + ":3:12: required variable TAG is not set: set TAG to the release");
        assertThatThrownBy(() -> read("services:\n  app:\n    image: ${TAG:?}\n", Map.of("TAG", "")))
                .hasMessageContaining("compose.yaml:3:12: required variable TAG is not set");
    }

    @Test
    void shortAndLongPortsAndVolumesBecomeTheSameRecords() throws IOException {
        ContainerSpec spec = one("""
                services:
                  app:
                    image: app:1
                    ports:
                      - "127.0.0.1:8080:80"
                      - "[::1]:9090:90/udp"
                      - "3000"
                      - target: 443
                        published: "8443"
                        host_ip: 0.0.0.0
                    volumes:
                      - ./data:/data:ro
                      - cache:/cache
                      - /var/log:/logs:rw,rshared
                      - type: bind
                        source: /etc/app
                        target: /config
                        read_only: true
                    tmpfs:
                      - /tmp:size=64m
                """);
        assertThat(spec.ports()).extracting(PublishedPort::hostIp, PublishedPort::hostPort,
                        PublishedPort::containerPort, PublishedPort::protocol)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("127.0.0.1", "8080", "80", "tcp"),
                        org.assertj.core.groups.Tuple.tuple("::1", "9090", "90", "udp"),
                        org.assertj.core.groups.Tuple.tuple("", "", "3000", "tcp"),
                        org.assertj.core.groups.Tuple.tuple("0.0.0.0", "8443", "443", "tcp"));
        assertThat(spec.mounts()).extracting(Mount::type, Mount::source, Mount::target, Mount::readOnly, Mount::propagation)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Mount.Type.BIND, "./data", "/data", true, ""),
                        org.assertj.core.groups.Tuple.tuple(Mount.Type.VOLUME, "cache", "/cache", false, ""),
                        org.assertj.core.groups.Tuple.tuple(Mount.Type.BIND, "/var/log", "/logs", false, "rshared"),
                        org.assertj.core.groups.Tuple.tuple(Mount.Type.BIND, "/etc/app", "/config", true, ""),
                        org.assertj.core.groups.Tuple.tuple(Mount.Type.TMPFS, "", "/tmp", false, ""));
        assertThat(spec.ports().get(3).at().source().line()).isEqualTo(8);
    }

    @Test
    void deployResourcesRestartPolicyHealthcheckAndEnvironmentForms() throws IOException {
        List<ContainerSpec> specs = read("""
                services:
                  a:
                    image: a:1
                    deploy:
                      resources:
                        limits: {memory: 1.5g, cpus: "0.5", pids: 100}
                        reservations: {memory: 64M}
                      restart_policy: {condition: on-failure, max_attempts: 7}
                    healthcheck:
                      disable: true
                    environment:
                      - API_TOKEN=abc
                      - FROM_SHELL
                  b:
                    image: b:1
                    healthcheck:
                      test: ["NONE"]
                    environment:
                      DB_PASSWORD:
                      MODE: prod
                    profiles: [debug]
                    ulimits:
                      nproc: 512
                      nofile: {soft: 1024, hard: 2048}
                """, Map.of());
        ContainerSpec a = specs.get(0);
        assertThat(a.memory().value()).isEqualTo((long) (1.5 * (1L << 30)));
        assertThat(a.memory().at().field()).isEqualTo("services.a.deploy.resources.limits.memory");
        assertThat(a.nanoCpus().value()).isEqualTo(500_000_000L);
        assertThat(a.pidsLimit().value()).isEqualTo(100L);
        assertThat(a.memoryReservation().value()).isEqualTo(64L << 20);
        assertThat(a.restartPolicy().value()).isEqualTo("on-failure");
        assertThat(a.restartMaxRetries().value()).isEqualTo(7);
        assertThat(a.healthcheck().value()).isFalse();
        assertThat(a.env()).extracting(e -> e.name() + "=" + e.value()).containsExactly("API_TOKEN=abc", "FROM_SHELL=null");
        ContainerSpec b = specs.get(1);
        assertThat(b.healthcheck().value()).isFalse();
        assertThat(b.env()).extracting(e -> e.name() + "=" + e.value()).containsExactly("DB_PASSWORD=null", "MODE=prod");
        assertThat(b.ulimits()).containsOnlyKeys("nproc", "nofile");
        assertThat(b.ulimits().get("nofile").value()).isEqualTo("1024:2048");
    }

    @Test
    void malformedYamlIsAnInputErrorWithItsPosition() {
        assertThatThrownBy(() -> one("services:\n  app:\n    image: [unclosed\n    user: x\n"))
                .isInstanceOf(InputException.class)
                .hasMessageMatching(".*compose\\.yaml:\\d+:\\d+: malformed YAML: .*");
    }

    @Test
    void aFileWithoutServicesIsNotACompose() {
        assertThatThrownBy(() -> one("version: '3'\nnetworks: {}\n"))
                .hasMessageEndingWith("compose.yaml:1:1: not a compose file: no top-level 'services' mapping");
    }

    @Test
    void aServiceThatIsNotAMappingIsAnInputError() {
        assertThatThrownBy(() -> one("services:\n  app: nginx\n"))
                .hasMessageEndingWith("compose.yaml:2:3: service 'app' must be a mapping");
    }

    @Test
    void aBadSizeIsAnInputErrorAtTheValue() {
        assertThatThrownBy(() -> one("services:\n  app:\n    mem_limit: lots\n"))
                .hasMessageEndingWith("compose.yaml:3:16: services.app: mem_limit: not a size: 'lots' (expected e.g. 512m or 1g)");
    }

    @Test
    void envFilesAddTheirVariablesAndAMissingRequiredOneIsAnError() throws IOException {
        Files.writeString(dir.resolve("app.env"), "API_TOKEN=from-env-file-1234\n");
        ContainerSpec spec = one("services:\n  app:\n    image: a:1\n    env_file: [app.env, {path: gone.env, required: false}]\n");
        assertThat(spec.env()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("API_TOKEN");
            assertThat(e.at().field()).isEqualTo("services.app.env_file app.env API_TOKEN");
            assertThat(e.at().source().line()).isEqualTo(4);
        });
        assertThatThrownBy(() -> one("services:\n  app:\n    env_file: missing.env\n"))
                .hasMessageEndingWith("compose.yaml:3:15: services.app: env_file missing.env not found");
    }

    @Test
    void aDuplicateKeyIsAnInputErrorRatherThanASilentlyHiddenSetting() {
        assertThatThrownBy(() -> one("services:\n  app:\n    privileged: true\n    image: a:1\n    privileged: false\n"))
                .hasMessageEndingWith("compose.yaml:5:5: duplicate key 'privileged' (first at line 3)");
    }

    @Test
    void profilesAreFollowedOnlyWhenComposeProfilesChoosesSome() throws IOException {
        String yaml = "services:\n  app: {image: a:1}\n  debug: {image: d:1, profiles: [debug]}\n"
                + "  tools: {image: t:1, profiles: [tools, ops]}\n";
        assertThat(read(yaml, Map.of())).extracting(ContainerSpec::name).containsExactly("app", "debug", "tools");
        assertThat(read(yaml, Map.of("COMPOSE_PROFILES", "ops"))).extracting(ContainerSpec::name)
                .containsExactly("app", "tools");
        assertThat(warnings).singleElement().asString()
                .endsWith("compose.yaml:3:3: service debug skipped: none of its profiles is in COMPOSE_PROFILES");
    }
}
