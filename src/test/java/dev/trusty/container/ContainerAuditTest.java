package dev.trusty.container;

import dev.trusty.core.Finding;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
import dev.trusty.core.Severity;
import dev.trusty.core.Target;
import dev.trusty.core.TrustyConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContainerAuditTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void detectsFileKindsByContentNotByName() throws IOException {
        Path compose = write("stack.yml", "services:\n  web:\n    image: nginx:1\n");
        Path k8s = write("app.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n");
        Path gitlab = write(".gitlab-ci.yml", "services:\n  - docker:dind\ntest:\n  script:\n    - docker run --rm app:1 make\n");
        Path notes = write("notes.yaml", "services: are documented elsewhere\n");
        Path flow = write("flow.yaml", "services: {web: {image: nginx:1, privileged: true}}\n");
        assertThat(ContainerAudit.looksLikeCompose(flow)).isTrue();
        assertThat(ContainerAudit.looksLikeCompose(compose)).isTrue();
        assertThat(ContainerAudit.looksLikeKubernetes(compose)).isFalse();
        assertThat(ContainerAudit.looksLikeKubernetes(k8s)).isTrue();
        assertThat(ContainerAudit.looksLikeCompose(k8s)).isFalse();
        assertThat(ContainerAudit.looksLikeCompose(gitlab)).as("GitLab's services: is a list of images").isFalse();
        assertThat(ContainerAudit.detect(gitlab.toString(), Files.readString(gitlab)))
                .isEqualTo(ContainerAudit.FileKind.DOCKER_RUN_SCRIPT);
        assertThat(ContainerAudit.looksLikeCompose(notes)).isFalse();
        assertThat(ContainerAudit.looksLikeCompose(write("run.sh", "services:\n  a: {image: x}\n")))
                .as("scan only looks at YAML files").isFalse();
    }

    @Test
    void theExamplesExerciseMostRulesThroughBothFileKinds() {
        Path examples = Path.of("examples");
        ContainerAudit.Result result = new ContainerAudit(Policy.defaults(), Map.of())
                .auditFiles(List.of(examples.resolve("docker-compose.yml"), examples.resolve("k8s/deployment.yaml")));
        assertThat(result.containers()).extracting(a -> a.spec().name()).containsExactly("web", "admin", "db",
                "Deployment/legacy-app:setup (initContainers)", "Deployment/legacy-app:app");
        assertThat(result.containers()).extracting(a -> a.report().target().kind())
                .containsOnly(Target.Kind.COMPOSE, Target.Kind.KUBERNETES);
        Set<String> ids = Audits.ids(result);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
        assertThat(result.warnings()).singleElement().asString().contains("kind Service has no containers");
        assertThat(result.reports().get(0).target().name()).isEqualTo(examples.resolve("docker-compose.yml") + " (web)");
    }

    @Test
    void scriptsAndUnknownFilesAndMissingFiles() throws IOException {
        Path script = write("deploy.sh", "#!/bin/sh\ndocker run --privileged app:1\n");
        Path readme = write("README.md", "nothing to see\n");
        ContainerAudit audit = new ContainerAudit(Policy.defaults(), Map.of());
        ContainerAudit.Result result = audit.auditFiles(List.of(script, readme));
        assertThat(Audits.ids(result)).contains("TC001");
        assertThat(result.containers().get(0).report().target().kind()).isEqualTo(Target.Kind.DOCKER_RUN);
        assertThat(result.warnings()).singleElement().asString().startsWith(readme + ": neither a compose file");
        assertThatThrownBy(() -> audit.auditFiles(List.of(dir.resolve("missing.yml"))))
                .isInstanceOf(InputException.class).hasMessage(dir.resolve("missing.yml") + ": file not found");
    }

    @Test
    void thePolicyAppliesIgnoresByAliasAndSeverityOverrides() {
        TrustyConfig config = new TrustyConfig(null, List.of("CIS-5.5"), Map.of("TC002", Severity.LOW), null,
                List.of(), List.of(), Map.of());
        ContainerAudit audit = new ContainerAudit(new Policy(config, List.of("KSV003"), null), Map.of());
        ContainerAudit.Result result = audit.auditRunCommand("docker run --privileged --cap-add SYS_ADMIN app:1");
        Set<String> ids = Audits.ids(result);
        assertThat(ids).doesNotContain("TC001", "TC003").contains("TC002");
        assertThat(Audits.findings(result, "TC002")).extracting(Finding::severity).containsExactly(Severity.LOW);
    }

    @Test
    void findingsInSourceOrderFollowLineThenColumn() {
        ContainerAudit.Result result = new ContainerAudit(Policy.defaults(), Map.of())
                .auditRunCommand("docker run -p 80:80 --restart always --privileged app");
        List<Finding> ordered = result.containers().get(0).report().findings();
        List<Integer> columns = ordered.stream()
                .map(f -> ((dev.trusty.core.Location.ContainerField) f.location()).source().column()).toList();
        assertThat(columns).isSorted();
        assertThat(ordered.get(ordered.size() - 1).ruleId()).isEqualTo("TC030");
    }

    @Test
    void liveProcessesAreReadForRunningContainersOnlyAndAVanishedOneIsAWarning() {
        var running = (com.fasterxml.jackson.databind.node.ObjectNode) Audits.fixture("hardened").deepCopy();
        running.withObject("State").put("Running", true).put("Status", "running");
        var stopped = Audits.fixture("root-user");
        List<String> asked = new java.util.ArrayList<>();
        ContainerAudit audit = new ContainerAudit(Policy.defaults(), Map.of());
        ContainerAudit.Result ok = audit.auditInspect(List.of(running, stopped), id -> {
            asked.add(id);
            return List.of("/usr/sbin/sshd -D");
        });
        assertThat(asked).containsExactly(running.path("Id").asText());
        assertThat(Audits.ids(ok)).contains("TC032");
        ContainerAudit.Result gone = audit.auditInspect(List.of(running), id -> {
            throw new InputException("No such container: " + id);
        });
        assertThat(gone.containers()).hasSize(1);
        assertThat(gone.warnings()).singleElement().asString()
                .startsWith("trusty-ctr-test-hardened: processes not read: No such container: ");
    }

    @Test
    void filesCanAskWhatUserTheirImageSets() {
        ContainerAudit audit = new ContainerAudit(Policy.defaults(), Map.of())
                .withImageUsers(image -> image.equals("rooty:1") ? "" : image.equals("nobody:1") ? "65534" : null);
        assertThat(Audits.findings(audit.auditRunCommand("docker run rooty:1"), "TC016")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("runs as root: no user set and the image's USER is unset"));
        assertThat(Audits.findings(audit.auditRunCommand("docker run nobody:1"), "TC016")).isEmpty();
        assertThat(Audits.findings(audit.auditRunCommand("docker run unknown:1"), "TC016")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("may run as root"));
    }

    @Test
    void inlinePragmasSilenceRulesOnTheirLineOrTheNextByIdOrAlias() throws IOException {
        Path compose = write("docker-compose.yml", """
                services:
                  # trusty ignore=TC012, CIS-5.12
                  app:
                    image: app:1
                    privileged: true  # trusty ignore=KSV017
                    pid: host
                """);
        ContainerAudit.Result result = new ContainerAudit(Policy.defaults(), Map.of()).auditFiles(List.of(compose));
        Set<String> ids = Audits.ids(result);
        assertThat(ids).doesNotContain("TC001", "TC012", "TC013").contains("TC008", "TC014");
        assertThat(result.containers().get(0).report().suppressed()).isEqualTo(3);
    }

    @Test
    void daemonDefaultsThatInspectDoesNotShowAreApplied() {
        ContainerAudit stock = new ContainerAudit(Policy.defaults(), Map.of());
        var missingNnp = Audits.fixture("no-new-privileges-missing");
        assertThat(Audits.ids(stock.auditInspect(List.of(missingNnp)))).contains("TC018");
        ContainerAudit hardenedDaemon = stock.withDaemonDefaults(new DaemonDefaults(true, true));
        assertThat(Audits.ids(hardenedDaemon.auditInspect(List.of(missingNnp)))).doesNotContain("TC018");
        ContainerAudit noSeccomp = stock.withDaemonDefaults(new DaemonDefaults(false, false));
        assertThat(Audits.findings(noSeccomp.auditInspect(List.of(Audits.fixture("hardened"))), "TC019"))
                .singleElement().satisfies(f -> assertThat(f.location().describe())
                        .isEqualTo("trusty-ctr-test-hardened daemon SecurityOptions (no seccomp support)"));
        assertThat(Audits.ids(hardenedDaemon.auditRunCommand("docker run app:1")))
                .as("only live containers get daemon defaults").contains("TC018");
    }
}
