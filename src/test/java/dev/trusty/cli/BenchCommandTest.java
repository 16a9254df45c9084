package dev.trusty.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.host.Hosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BenchCommandTest {
    @TempDir
    Path root;

    record Outcome(int code, String out, String err) {
    }

    private Outcome bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), false);
        // host checks only: these tests describe a host tree, not whatever engine runs here
        cli.getCommandSpec().removeSubcommand("bench");
        cli.addSubcommand("bench", new BenchCommand());
        // setOut/setErr reach only subcommands present when called
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = cli.execute(all);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void textListsEveryCheckAndExitsOneOnWarnings() {
        Hosts.weak(root);
        Outcome o = bench("--root", root.toString(), "--check", "2.7,2.4");
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out()).contains("[WARN] 2.4 Ensure Docker is allowed to make changes to iptables (TH024)")
                .contains("[WARN] 2.7 ").contains("* hosts (hosts=tcp://0.0.0.0:2375,unix:///var/run/docker.sock")
                .contains("2 checks: 0 pass, 2 warn");
    }

    @Test
    void passingSelectionExitsZeroAndIgnoreDropsWarnings() {
        Hosts.weak(root);
        assertThat(bench("--root", root.toString(), "--check", "2.11", "--exclude", "2.11,2.4", "--check", "2.4").code()).isEqualTo(0);
        assertThat(bench("--root", root.toString(), "--check", "2.4", "--ignore", "CIS-2.4").code()).isEqualTo(0);
        assertThat(bench("--root", root.toString(), "--check", "2.4", "--fail-on", "critical").code()).isEqualTo(0);
        assertThat(bench("--root", root.toString(), "--check", "2.7", "--fail-on", "critical").code()).isEqualTo(1);
    }

    @Test
    void jsonThenBaselineReportsOnlyChanges() throws Exception {
        Hosts.weak(root);
        Path previous = root.resolve("previous.json");
        Outcome first = bench("--root", root.toString(), "-f", "json", "-o", previous.toString());
        assertThat(first.code()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(Files.readString(previous));
        assertThat(doc.path("checks").size()).isGreaterThan(80);
        Outcome again = bench("--root", root.toString(), "--baseline", previous.toString());
        assertThat(again.out()).isEqualTo("No change since the baseline.\n");
        assertThat(again.code()).as("no new warnings").isEqualTo(0);
    }

    @Test
    void sarifCarriesTheFindings() {
        Hosts.weak(root);
        Outcome o = bench("--root", root.toString(), "--check", "2.7", "-f", "sarif");
        assertThat(o.out()).contains("\"ruleId\" : \"TH027\"").contains("tcp://0.0.0.0:2375");
    }

    @Test
    void badInputIsOneLineAndExitTwo() {
        Outcome o = bench("--root", root.toString(), "--check", "9.9");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).startsWith("trusty: unknown check or group '9.9'").doesNotContain("\n");
        Outcome missing = bench("--root", root.toString(), "--baseline", root.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the baseline");
        Outcome host = bench("--root", root.toString(), "--host", "tcp://10.9.9.9:2376");
        assertThat(host.code()).isEqualTo(2);
        assertThat(host.err()).contains("this build has no engine client");
    }

    @Test
    void replaysCapturedEngineJson() throws Exception {
        Path engine = Files.createDirectories(root.resolve("engine"));
        Files.writeString(engine.resolve("info.json"), "{\"Driver\":\"aufs\",\"Swarm\":{\"LocalNodeState\":\"inactive\"}}");
        Files.writeString(engine.resolve("containers.json"), "[{\"Name\":\"/web\",\"Config\":{\"User\":\"\"},\"State\":{\"Running\":true}}]");
        Outcome o = bench("--root", root.toString(), "--engine-json", engine.toString(), "--check", "2.6,4.1,5.1");
        assertThat(o.out()).contains("[WARN] 2.6 ").contains("* engine (/info Driver=aufs)").contains("[WARN] 4.1 ")
                .contains("* web (Config.User=\"\" (?))").contains("[PASS] 5.1 ");
        Files.writeString(engine.resolve("images.json"), "[{\"Id\": }]");
        Outcome bad = bench("--root", root.toString(), "--engine-json", engine.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(engine.resolve("images.json") + ":1:");
    }

    @Test
    void dockerBenchShapedJsonForSideBySideComparison() throws Exception {
        Hosts.weak(root);
        Outcome o = bench("--root", root.toString(), "--check", "2.4,2.6,3.16", "-f", "docker-bench");
        JsonNode doc = new ObjectMapper().readTree(o.out());
        assertThat(doc.path("checks").asInt()).isEqualTo(3);
        assertThat(doc.path("tests")).hasSize(2);
        JsonNode first = doc.path("tests").get(0);
        assertThat(first.path("id").asText()).isEqualTo("2");
        assertThat(first.path("results").get(0).path("id").asText()).isEqualTo("2.4");
        assertThat(first.path("results").get(0).path("result").asText()).isEqualTo("WARN");
        assertThat(doc.path("tests").get(1).path("results").get(0).path("items").get(0).asText()).isEqualTo("/var/run/docker.sock");
        assertThat(doc.path("score").asInt()).isEqualTo(-3);
    }

    @Test
    void quietTextShowsOnlyWarningsAndJunitListsPassingChecks() {
        Hosts.weak(root);
        Outcome quiet = bench("--root", root.toString(), "--check", "2.4,2.8", "-q");
        assertThat(quiet.out()).contains("[WARN] 2.4 ").doesNotContain("2.8").doesNotContain("checks:");
        Outcome junit = bench("--root", root.toString(), "--check", "2.4,2.8", "-f", "junit");
        assertThat(junit.out()).contains("TH024").contains("TH028").contains("<failure");
    }
}
