package dev.trusty.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigCommandTest {
    @TempDir
    Path dir;

    private Cli last;

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "config";
        System.arraycopy(args, 0, all, 1, args.length);
        last = Cli.run(all);
        return last.exitCode();
    }

    private String stdout() {
        return last.out();
    }

    private String stderr() {
        return last.err();
    }

    @Test
    void auditsTheExamplesAndFailsWithTheTable() {
        assertThat(run("examples/docker-compose.yml", "examples/k8s/deployment.yaml")).isEqualTo(1);
        assertThat(stdout()).contains("CRITICAL TC001 [CIS-5.5]  examples/docker-compose.yml:22:17 (admin services.admin.privileged)")
                .contains("CONTAINER", "SCORE", "Deployment/legacy-app:app")
                .contains("kind Service has no containers");
    }

    @Test
    void aHardenedRunLinePassesAndUnknownFlagsOnlyWarn() {
        int exit = run("--no-summary", "-q", "--run", "docker run --frobnicate --read-only --cap-drop ALL -u 1000 -m 64m "
                + "--cpus 1 --pids-limit 10 --ulimit nofile=10 --ulimit nproc=10 --health-cmd true "
                + "--security-opt no-new-privileges --network app app:1.0");
        assertThat(exit).isZero();
        assertThat(stdout().strip()).isEqualTo("INFO TC031 [CWE-1357] --run:1:194 (app:1.0 IMAGE (argv 24)): image app:1.0 "
                + "is not pinned by digest; fix: append @sha256:<digest>");
        assertThat(Cli.run("config", "--run", "docker run --frobnicate app:1").out())
                .contains("unknown docker run flag --frobnicate skipped");
    }

    @Test
    void mergeAuditsComposeFilesAsOneProjectAndScanMergesTheDefaultOverrideOnce() throws IOException {
        Path base = dir.resolve("compose.yaml");
        Files.writeString(base, "services:\n  app:\n    image: app:1\n");
        Path prod = dir.resolve("compose.prod.yaml");
        Files.writeString(prod, "services:\n  app:\n    privileged: true\n");
        assertThat(run("-q", "--no-summary", "--merge", base.toString(), prod.toString())).isEqualTo(1);
        assertThat(stdout()).contains("TC001").contains("compose.prod.yaml:3:17 (app services.app.privileged)");
        assertThat(run("-q", "--no-summary", base.toString(), prod.toString())).as("without --merge: two projects")
                .isEqualTo(1);
        assertThat(stdout()).contains("(app services.app.privileged)");
        assertThat(stdout().lines().filter(l -> l.contains(" TC") && l.contains("compose.yaml:")).count()).isPositive();
        assertThat(run("--merge", base.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--merge: give at least two compose files");
        Path script = dir.resolve("run.sh");
        Files.writeString(script, "docker run --privileged app:1\n");
        assertThat(run("--merge", base.toString(), script.toString())).isEqualTo(2);
        assertThat(stderr().strip()).isEqualTo("trusty: " + script + ": not a compose file, so it cannot be merged with the others");
        Files.delete(script);
        Path override = dir.resolve("compose.override.yaml");
        Files.writeString(override, "services:\n  app:\n    image: [oops\n");
        assertThat(run(base.toString())).as("a broken default override is an input error at its position").isEqualTo(2);
        assertThat(stderr().lines().toList()).singleElement().asString().matches("trusty: .*compose\\.override\\.yaml:4:1: malformed YAML: .*");
        Files.delete(override);

        Files.move(prod, dir.resolve("compose.override.yaml"));
        Cli scan = Cli.run("scan", "-q", "--format", "json", dir.toString());
        assertThat(scan.out()).contains("compose.override.yaml");
        assertThat(scan.out().split("\"id\" : \"TC001\"", -1)).as("privileged reported once, from the merged project")
                .hasSize(2);
    }

    @Test
    void inputErrorsAreOneLineAndExitTwo() throws IOException {
        Path broken = dir.resolve("docker-compose.yml");
        Files.writeString(broken, "services:\n  app:\n    image: [oops\n");
        assertThat(run(broken.toString())).isEqualTo(2);
        assertThat(stderr().lines().toList()).singleElement().asString()
                .matches("trusty: .*docker-compose\\.yml:\\d+:\\d+: malformed YAML: .*");

        Path brokenStack = dir.resolve("stack.yml");
        Files.writeString(brokenStack, "services:\n  app:\n    image: app:1\n   user: 0\n");
        assertThat(run(brokenStack.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("trusty: " + brokenStack + ":4:");

        Path needsVar = dir.resolve("compose.yaml");
        Files.writeString(needsVar, "services:\n  app:\n    image: app:${RELEASE_TAG_NOT_SET_ANYWHERE?}\n");
        assertThat(run(needsVar.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("trusty: " + needsVar + ":3:12: required variable RELEASE_TAG_NOT_SET_ANYWHERE is not set");

        assertThat(run()).isEqualTo(2);
        assertThat(stderr().strip()).isEqualTo("trusty: config: give compose/Kubernetes files or --run 'docker run ...'");

        assertThat(run("--run", "podman run x")).isEqualTo(2);
        assertThat(run("--fail-on", "sometimes", "--run", "docker run x")).isEqualTo(2);
        assertThat(stderr()).contains("--fail-on").contains("unknown severity 'sometimes'");
    }

    @Test
    void ignoreAndFailOnChangeTheOutcome() {
        assertThat(run("--fail-on", "critical", "--no-summary", "--run", "docker run -u 0 app:1")).isZero();
        assertThat(stdout()).contains("TC016");
        assertThat(run("--ignore", "TC016,CIS-5.11", "--no-summary", "--run", "docker run -u 0 app:1")).isEqualTo(1);
        assertThat(stdout()).doesNotContain("TC016").doesNotContain("TC012").contains("TC013");
    }

    @Test
    void theNearestTrustyYamlAppliesAndABrokenOneIsAnInputError() throws IOException {
        Path compose = dir.resolve("docker-compose.yml");
        Files.writeString(compose, "services:\n  app:\n    image: app:1\n    user: \"0\"\n");
        Files.writeString(dir.resolve(".trusty.yaml"), "ignore: [TC016]\nfail-on: critical\n");
        assertThat(run("--no-summary", compose.toString())).isZero();
        assertThat(stdout()).doesNotContain("TC016").contains("TC012");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "ignore: [TC016\n");
        assertThat(run("-c", broken.toString(), compose.toString())).isEqualTo(2);
        assertThat(stderr()).startsWith("trusty: " + broken + ":");
    }
}
