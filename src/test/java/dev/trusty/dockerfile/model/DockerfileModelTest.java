package dev.trusty.dockerfile.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trusty.dockerfile.shell.ShellNode.SimpleCommand;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import dev.trusty.dockerfile.syntax.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileModelTest {

    private static DockerfileModel model(String text) {
        return DockerfileModel.of(DockerfileParser.parse("Dockerfile", text));
    }

    @Test
    void imageReferencesSplitLikeDocker() {
        assertThat(ImageRef.parse("nginx")).extracting(ImageRef::registry, ImageRef::repository, ImageRef::tag,
                ImageRef::digest, ImageRef::effectiveTag).containsExactly("docker.io", "library/nginx", null, null,
                "latest");
        assertThat(ImageRef.parse("ghcr.io/org/app:1.2@sha256:abc")).extracting(ImageRef::registry,
                ImageRef::explicitRegistry, ImageRef::repository, ImageRef::tag, ImageRef::digest)
                .containsExactly("ghcr.io", true, "org/app", "1.2", "sha256:abc");
        assertThat(ImageRef.parse("localhost:5000/app")).extracting(ImageRef::registry, ImageRef::repository,
                ImageRef::tag).containsExactly("localhost:5000", "app", null);
        assertThat(ImageRef.parse("user/app:v1")).extracting(ImageRef::registry, ImageRef::repository)
                .containsExactly("docker.io", "user/app");
        assertThat(ImageRef.parse("docker.io/library/alpine:3").familiarName()).isEqualTo("alpine");
    }

    @Test
    void stagesBasesAndGraph() {
        DockerfileModel m = model("""
                ARG GO=1.23
                FROM golang:${GO} AS Build
                RUN go build -o /app
                FROM scratch AS empty
                FROM build AS test
                RUN --mount=type=bind,from=empty,target=/e true
                FROM alpine:3.20
                COPY --from=build /app /app
                COPY --from=1 /x /x
                COPY --from=nginx:latest /etc/nginx /etc/nginx
                """);
        assertThat(m.stages()).extracting(Stage::name).containsExactly("build", "empty", "test", null);
        Stage build = m.stages().get(0);
        assertThat(build.baseName()).isEqualTo("golang:1.23");
        assertThat(build.image().tag()).isEqualTo("1.23");
        assertThat(m.stages().get(1).isScratch()).isTrue();
        assertThat(m.stages().get(2).baseStage()).isSameAs(build);
        assertThat(m.dependencies()).extracting(d -> d.stage().label() + " " + d.kind() + " "
                + (d.target() != null ? "stage " + d.target().label() : "image " + d.image().familiarName()))
                .containsExactly("build FROM image golang", "test FROM stage build", "test MOUNT_FROM stage empty",
                        "3 FROM image alpine", "3 COPY_FROM stage build", "3 COPY_FROM stage empty",
                        "3 COPY_FROM image nginx");
        assertThat(m.reachableFromFinal()).extracting(Stage::label).containsExactly("build", "empty", "3");
    }

    @Test
    void effectiveStateAtEachInstruction() {
        DockerfileModel m = model("""
                FROM debian AS base
                ENV A=1 B=$A
                ENV A=2
                WORKDIR app
                WORKDIR ../srv/$A
                USER 1000:1000
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                EXPOSE 80 443/tcp
                RUN echo hi
                FROM base
                RUN echo child
                """);
        Stage base = m.stages().get(0);
        Step run = base.steps().get(8);
        assertThat(run.instruction().command()).isEqualTo("run");
        // B=$A saw the A from before its own ENV: unset, so ""
        assertThat(run.env()).containsExactly(Map.entry("A", "2"), Map.entry("B", ""));
        assertThat(run.workdir()).isEqualTo("/srv/2");
        assertThat(run.user()).isEqualTo("1000:1000");
        assertThat(run.shell()).containsExactly("/bin/bash", "-o", "pipefail", "-c");
        assertThat(run.exposedPorts()).containsExactly("80", "443/tcp");
        // state before the instruction: USER sees the previous user
        assertThat(base.steps().get(5).user()).isNull();
        // a stage built FROM another inherits its config
        Step child = m.finalStage().orElseThrow().steps().get(1);
        assertThat(child.user()).isEqualTo("1000:1000");
        assertThat(child.workdir()).isEqualTo("/srv/2");
        assertThat(child.env()).containsEntry("A", "2");
    }

    @Test
    void argScopingFollowsBuildKit() {
        DockerfileModel m = model("""
                ARG V=1
                ARG ONLY_GLOBAL=g
                FROM alpine:$V
                RUN echo $V
                ARG V
                ARG LOCAL=$V-x
                ARG TARGETARCH
                ENV V=env
                RUN echo
                """);
        assertThat(m.stages().get(0).baseName()).isEqualTo("alpine:1");
        Stage s = m.stages().get(0);
        assertThat(s.steps().get(1).variable("V")).isNull();
        Step last = s.steps().get(s.steps().size() - 1);
        assertThat(last.args()).containsEntry("V", "1").containsEntry("LOCAL", "1-x").containsEntry("TARGETARCH",
                "amd64").doesNotContainKey("ONLY_GLOBAL");
        assertThat(last.variable("V")).isEqualTo("env");
    }

    @Test
    void stepsExpandAnyWordLikeBuildKit() {
        DockerfileModel m = model("FROM a\nARG HOME_DIR=/root\nENV CFG=.npmrc\nCOPY $HOME_DIR/\"${CFG}\" /x\n");
        Step copy = m.finalStage().orElseThrow().steps().get(3);
        assertThat(copy.expand(copy.instruction().args().get(0).value())).isEqualTo("/root/.npmrc");
        assertThat(copy.expand("${}")).isEqualTo("${}");
    }

    @Test
    void buildArgsOverrideDefaults() {
        DockerfileModel m = DockerfileModel.of(DockerfileParser.parse("Dockerfile", "ARG V=1\nFROM a:$V\n"),
                Map.of("V", "2"));
        assertThat(m.stages().get(0).baseName()).isEqualTo("a:2");
    }

    @Test
    void unresolvedBaseIsNotScratch() {
        Stage stage = model("FROM $UNSET\n").stages().get(0);
        assertThat(stage.baseName()).isEmpty();
        assertThat(stage.image()).isNull();
        assertThat(stage.isScratch()).isFalse();
        assertThat(stage.from().args().get(0).value()).isEqualTo("$UNSET");
    }

    @Test
    void platformIsExpanded() {
        DockerfileModel m = model("FROM --platform=$BUILDPLATFORM golang AS b\n");
        assertThat(m.stages().get(0).platform()).isEqualTo("linux/amd64");
        assertThat(m.stages().get(0).from().flag("platform").orElseThrow().value()).isEqualTo("$BUILDPLATFORM");
    }

    @Test
    void expansionProblemsAreIssuesNotFailures() {
        DockerfileModel m = model("FROM a\nENV X=${}\n");
        assertThat(m.issues()).singleElement().satisfies(i -> {
            assertThat(i.message()).contains("bad substitution");
            assertThat(i.span().line()).isEqualTo(2);
        });
    }

    @Test
    void runCommandsWithPositionsInsideContinuations() {
        DockerfileModel m = model("FROM debian\nRUN apt-get update && \\\n    apt-get install \\\n      curl\n");
        RunScript run = m.finalStage().orElseThrow().steps().get(1).run();
        assertThat(run.kind()).isEqualTo(RunScript.Kind.PARSED);
        SimpleCommand install = run.commands().get(1);
        assertThat(install.argValues()).containsExactly("install", "curl");
        assertThat(run.script().span(install)).isEqualTo(new Span(3, 5, 4, 11));
        assertThat(run.script().span(install.args().get(1))).isEqualTo(new Span(4, 7, 4, 11));
    }

    @Test
    void heredocScriptPositions() {
        DockerfileModel m = model("FROM debian\nRUN <<EOF\nset -e\n  pip install flask\nEOF\n");
        RunScript run = m.finalStage().orElseThrow().steps().get(1).run();
        SimpleCommand pip = run.commands().get(1);
        assertThat(pip.name()).isEqualTo("pip");
        assertThat(run.script().span(pip).line()).isEqualTo(4);
        assertThat(run.script().span(pip).column()).isEqualTo(3);
    }

    @Test
    void shellReadingAHeredocRunsItsBody() {
        for (String line : List.of("RUN bash <<EOF", "RUN <<EOF sh -e", "RUN /bin/bash -ex <<-EOF")) {
            DockerfileModel m = model("FROM debian\n" + line + "\napt-get install -y curl\nEOF\n");
            RunScript run = m.finalStage().orElseThrow().steps().get(1).run();
            assertThat(run.commands()).as(line).extracting(SimpleCommand::name).containsExactly("apt-get");
            assertThat(run.script().span(run.commands().get(0)).line()).isEqualTo(3);
        }
    }

    @Test
    void heredocAsStdinIsDataButCommandLineIsParsed() {
        DockerfileModel m = model("FROM debian\nRUN cat <<EOF > /x && chmod 777 /x\nrm -rf /\nEOF\n");
        RunScript run = m.finalStage().orElseThrow().steps().get(1).run();
        assertThat(run.commands()).extracting(SimpleCommand::name).containsExactly("cat", "chmod");
        assertThat(run.script().span(run.commands().get(1)).line()).isEqualTo(2);
    }

    @Test
    void chompedHeredocColumnsSkipTabs() {
        DockerfileModel m = model("FROM debian\nRUN <<-EOF\n\t\tsudo x\nEOF\n");
        RunScript run = m.finalStage().orElseThrow().steps().get(1).run();
        assertThat(run.script().span(run.commands().get(0))).isEqualTo(new Span(3, 3, 3, 9));
    }

    @Test
    void nonShellHeredocIsUnparsed() {
        DockerfileModel m = model("FROM python\nRUN <<EOF\n#!/usr/bin/env python3\nprint('x')\nEOF\n");
        RunScript run = m.finalStage().orElseThrow().steps().get(1).run();
        assertThat(run.kind()).isEqualTo(RunScript.Kind.UNPARSED);
        assertThat(run.reason()).contains("python3");
    }

    @Test
    void powershellRunIsNotParsedAsSh() {
        DockerfileModel m = model("FROM windows\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-Item x | Out-Null\n");
        RunScript run = m.finalStage().orElseThrow().steps().get(2).run();
        assertThat(run.kind()).isEqualTo(RunScript.Kind.UNPARSED);
        assertThat(run.reason()).isEqualTo("SHELL powershell is not a POSIX shell");
    }

    @Test
    void unparseableShellIsMarkedNotFatal() {
        DockerfileModel m = model("FROM a\nRUN echo 'open\nRUN echo ok\n");
        assertThat(m.finalStage().orElseThrow().steps().get(1).run().kind()).isEqualTo(RunScript.Kind.UNPARSED);
        assertThat(m.finalStage().orElseThrow().steps().get(1).run().reason()).startsWith("shell syntax at 2:10");
        assertThat(m.finalStage().orElseThrow().steps().get(2).run().isParsed()).isTrue();
    }

    @Test
    void execFormIsOneCommandWithArgumentPositions() {
        DockerfileModel m = model("FROM a\nRUN [\"apt-get\", \"install\", \"x\"]\n");
        RunScript run = m.finalStage().orElseThrow().steps().get(1).run();
        assertThat(run.kind()).isEqualTo(RunScript.Kind.EXEC);
        SimpleCommand c = run.commands().get(0);
        assertThat(c.name()).isEqualTo("apt-get");
        assertThat(run.script().span(c.args().get(1))).isEqualTo(new Span(2, 28, 2, 31));
    }

    @Test
    void onbuildRunIsParsed() {
        DockerfileModel m = model("FROM a\nONBUILD RUN sudo make\n");
        Step step = m.finalStage().orElseThrow().steps().get(1);
        assertThat(step.isRun()).isTrue();
        assertThat(step.run().commands()).extracting(SimpleCommand::name).containsExactly("sudo");
        assertThat(step.run().script().span(step.run().commands().get(0)).column()).isEqualTo(13);
    }

    @Test
    void fileWithOnlyArgsHasNoStages() {
        DockerfileModel m = model("ARG A=1\n");
        assertThat(m.stages()).isEmpty();
        assertThat(m.finalStage()).isEmpty();
        assertThat(m.reachableFromFinal()).isEmpty();
        assertThat(m.globalArgs()).hasSize(1);
        assertThat(DockerfileText.render(m, true)).contains("(arg \"A=1\")");
    }

    @Test
    void mountsParse() {
        assertThat(Mounts.parse("type=secret,id=npm,required")).containsEntry("type", "secret")
                .containsEntry("id", "npm").containsEntry("required", "true");
        assertThat(Mounts.parse("target=/x")).containsEntry("type", "bind");
    }

    @Test
    void workdirResolution() {
        assertThat(DockerfileModel.resolve("/a/b", "../c/./d")).isEqualTo("/a/c/d");
        assertThat(DockerfileModel.resolve("/a", "/x/")).isEqualTo("/x");
        assertThat(List.of(DockerfileModel.resolve("/", "C:\\app"))).containsExactly("C:\\app");
    }
}
