package dev.trusty.container.sources;

import dev.trusty.container.ContainerAudit;
import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Mount;
import dev.trusty.container.PublishedPort;
import dev.trusty.core.InputException;
import dev.trusty.core.Policy;
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
import static org.assertj.core.groups.Tuple.tuple;

class DockerRunSourceTest {
    final List<String> warnings = new ArrayList<>();
    final DockerRunSource source = new DockerRunSource(warnings::add);

    private ContainerSpec run(String line) {
        return source.fromCommandLine("--run", line);
    }

    @Test
    void everySpellingOfTheFlagsTheModelHolds() {
        ContainerSpec spec = run("docker run -itd --rm --name web -u 4400 --cap-add=NET_ADMIN --cap-add sys_ptrace "
                + "--cap-drop all --security-opt seccomp=unconfined --security-opt=apparmor:unconfined "
                + "-m 512m --memory-reservation=128m --cpus .5 --pids-limit=64 --ulimit nofile=512:512 "
                + "--restart on-failure:5 -p 127.0.0.1:80:80 -p8443:443 -P -v /data:/data:ro --volume cache:/cache "
                + "--mount type=bind,src=/etc,dst=/host/etc,readonly --tmpfs /run:size=1m --read-only "
                + "--device /dev/fuse --network=host --pid host --ipc=host --uts host --userns host --cgroupns private "
                + "--privileged=false --oom-kill-disable --sysctl net.core.somaxconn=1024 -e A=1 --env B "
                + "--health-cmd 'curl -f localhost' --log-driver syslog --group-add 0 nginx:1.27 nginx -g 'daemon off;'");
        assertThat(spec.name()).isEqualTo("web");
        assertThat(spec.image().value()).isEqualTo("nginx:1.27");
        assertThat(spec.user().value()).isEqualTo("4400");
        assertThat(spec.capAdd()).extracting(s -> s.value()).containsExactly("NET_ADMIN", "SYS_PTRACE");
        assertThat(spec.capDrop()).extracting(s -> s.value()).containsExactly("ALL");
        assertThat(spec.securityOpt("seccomp").orElseThrow().value()).isEqualTo("unconfined");
        assertThat(spec.securityOpt("apparmor").orElseThrow().value()).isEqualTo("unconfined");
        assertThat(spec.memory().value()).isEqualTo(512L << 20);
        assertThat(spec.memoryReservation().value()).isEqualTo(128L << 20);
        assertThat(spec.nanoCpus().value()).isEqualTo(500_000_000L);
        assertThat(spec.pidsLimit().value()).isEqualTo(64L);
        assertThat(spec.ulimits().get("nofile").value()).isEqualTo("512:512");
        assertThat(spec.restartPolicy().value()).isEqualTo("on-failure");
        assertThat(spec.restartMaxRetries().value()).isEqualTo(5);
        assertThat(spec.ports()).extracting(PublishedPort::hostIp, PublishedPort::hostPort, PublishedPort::containerPort)
                .containsExactly(tuple("127.0.0.1", "80", "80"), tuple("", "8443", "443"),
                        tuple("", "", "(every exposed port)"));
        assertThat(spec.mounts()).extracting(Mount::type, Mount::source, Mount::target, Mount::readOnly)
                .containsExactly(tuple(Mount.Type.BIND, "/data", "/data", true), tuple(Mount.Type.VOLUME, "cache", "/cache", false),
                        tuple(Mount.Type.BIND, "/etc", "/host/etc", true), tuple(Mount.Type.TMPFS, "", "/run", false));
        assertThat(spec.readOnlyRootfs().value()).isTrue();
        assertThat(spec.devices()).extracting(s -> s.value()).containsExactly("/dev/fuse");
        assertThat(List.of(spec.networkMode(), spec.pidMode(), spec.ipcMode(), spec.utsMode(), spec.usernsMode()))
                .allMatch(ContainerSpec::isHost);
        assertThat(spec.cgroupnsMode().value()).isEqualTo("private");
        assertThat(spec.isPrivileged()).isFalse();
        assertThat(spec.oomKillDisable().value()).isTrue();
        assertThat(spec.sysctls()).containsKey("net.core.somaxconn");
        assertThat(spec.env()).extracting(e -> e.name() + "=" + e.value()).containsExactly("A=1", "B=null");
        assertThat(spec.healthcheck().value()).isTrue();
        assertThat(spec.logDriver().value()).isEqualTo("syslog");
        assertThat(spec.groups()).extracting(s -> s.value()).containsExactly("0");
        assertThat(spec.command().value()).containsExactly("nginx", "-g", "daemon off;");
        assertThat(warnings).isEmpty();
    }

    @Test
    void positionsAreTheArgvIndexAndTheColumnInTheLine() {
        ContainerSpec spec = run("docker container create --privileged -v /:/host busybox");
        assertThat(spec.privileged().at().field()).isEqualTo("--privileged (argv 3)");
        assertThat(spec.privileged().at().source().describe()).isEqualTo("--run:1:25");
        assertThat(spec.mounts().get(0).at().field()).isEqualTo("--volume (argv 4)");
        assertThat(spec.mounts().get(0).at().source().column()).isEqualTo(38);
        assertThat(spec.image().at().field()).isEqualTo("IMAGE (argv 6)");
    }

    @Test
    void scriptsWithContinuationsCommentsAndSeveralCommands() {
        String script = """
                #!/bin/sh
                set -e
                # docker run --privileged commented-out
                docker pull nginx:1.27
                docker run -d \\
                  --name "my web" \\
                  --cap-add SYS_ADMIN \\
                  nginx:1.27
                if true; then sudo docker create --net=host -e 'GREETING=hello world' alpine:3 sh -c "echo $HOME"; fi
                """;
        List<ContainerSpec> specs = source.fromText("deploy.sh", script);
        assertThat(specs).extracting(ContainerSpec::name).containsExactly("my web", "alpine:3");
        assertThat(specs.get(0).capAdd().get(0).at().source().describe()).isEqualTo("deploy.sh:7:3");
        assertThat(specs.get(0).image().at().source().describe()).isEqualTo("deploy.sh:8:3");
        assertThat(specs.get(1).env().get(0).value()).isEqualTo("hello world");
        assertThat(specs.get(1).command().value()).containsExactly("sh", "-c", "echo $HOME");
        assertThat(specs.get(1).networkMode().at().source().line()).isEqualTo(9);
    }

    @Test
    void makefileAndCiLinesKeepVariablesAsText() {
        String makefile = "IMAGE ?= app:dev\nrun:\n\t@docker run --rm -v $(PWD):/src -p 80:80 $(IMAGE) make test\n";
        List<ContainerSpec> fromMake = source.fromText("Makefile", makefile);
        assertThat(fromMake).singleElement().satisfies(s -> {
            assertThat(s.image().value()).isEqualTo("$(IMAGE)");
            assertThat(s.mounts().get(0).source()).isEqualTo("$(PWD)");
            assertThat(s.ports().get(0).at().source().describe()).isEqualTo("Makefile:3:34");
        });
        String ci = "jobs:\n  test:\n    steps:\n      - run: docker run --user 0 ${{ env.IMAGE }}:ci\n";
        assertThat(source.fromText(".github/workflows/ci.yml", ci)).singleElement()
                .satisfies(s -> assertThat(s.user().value()).isEqualTo("0"));
    }

    @Test
    void unknownFlagsAreSkippedWithAWarning() {
        ContainerSpec spec = run("docker run --frobnicate --cap-add NET_RAW -Z alpine");
        assertThat(spec.image().value()).isEqualTo("alpine");
        assertThat(spec.capAdd()).hasSize(1);
        assertThat(warnings).containsExactly("--run:1:12: unknown docker run flag --frobnicate skipped",
                "--run:1:43: unknown docker run flag -Z skipped");
    }

    @Test
    void badInputIsAnInputErrorWithItsPosition() {
        assertThatThrownBy(() -> run("ls -la")).isInstanceOf(InputException.class)
                .hasMessage("--run: not a 'docker run' or 'docker create' command: ls -la");
        assertThatThrownBy(() -> run("docker run -m lots alpine")).isInstanceOf(InputException.class)
                .hasMessage("--run:1:12: --memory: not a size: 'lots' (expected e.g. 512m or 1g)");
        assertThat(run("docker run alpine --restart").command().value()).as("after the image it is the command")
                .containsExactly("--restart");
        assertThatThrownBy(() -> run("docker run --ulimit")).isInstanceOf(InputException.class)
                .hasMessage("--run:1:12: --ulimit needs a value");
    }

    @Test
    void aCommandWithoutImageIsSkippedWithAWarning() {
        assertThat(source.fromText("x.sh", "docker run --rm\n")).isEmpty();
        assertThat(warnings).containsExactly("x.sh:1:1: docker command without an image, skipped");
    }

    @Test
    void envFileVariablesAreReadNextToTheScript(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("app.env"), "# settings\nDB_PASSWORD=s3cr3t-value\nHOME\n\nMODE=prod\n");
        Path script = dir.resolve("deploy.sh");
        List<ContainerSpec> specs = source.fromText(script.toString(), "docker run --env-file app.env app:1\n");
        assertThat(specs.get(0).env()).extracting(e -> e.name()).containsExactly("DB_PASSWORD", "HOME", "MODE");
        assertThat(specs.get(0).env().get(0).at().field()).isEqualTo("--env-file app.env DB_PASSWORD");
        List<ContainerSpec> missing = source.fromText(script.toString(), "docker run --env-file nope.env app:1\n");
        assertThat(missing.get(0).env()).isEmpty();
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("nope.env not readable"));
        var audit = new ContainerAudit(Policy.defaults(), Map.of());
        var result = audit.auditFiles(List.of(writeScript(script, "docker run --env-file app.env app:1\n")));
        assertThat(result.reports().get(0).findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("TC028");
            assertThat(f.message()).contains("DB_PASSWORD").doesNotContain("s3cr3t-value");
        });
    }

    private static Path writeScript(Path file, String text) throws IOException {
        return Files.writeString(file, "#!/bin/sh\n" + text);
    }
}
