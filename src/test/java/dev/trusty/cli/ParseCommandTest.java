package dev.trusty.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.core.InputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code trusty parse ARGS} through the real entry point. */
    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "parse";
        System.arraycopy(args, 0, all, 1, args.length);
        Cli cli = Cli.run(all);
        out.write(cli.out());
        err.write(cli.err());
        return cli.exitCode();
    }

    private Path file(String text) throws Exception {
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Path f = file("FROM --platform=x a AS b\nENV K v L m\nHEALTHCHECK CMD [\"c\"]\nONBUILD RUN y\n"
                + "COPY <<EOF /d\nhi\nEOF\n");
        assertThat(run("--format", "json", f.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode list = root.get("instructions");
        assertThat(list).hasSize(5);
        assertThat(list.get(0).toString()).isEqualTo("{\"cmd\":\"from\",\"flags\":[\"--platform=x\"],\"args\":"
                + "[\"a\",\"AS\",\"b\"],\"json\":false,\"heredocs\":[],\"line\":1,\"endLine\":1,"
                + "\"original\":\"FROM --platform=x a AS b\"}");
        assertThat(list.get(1).get("args").toString()).isEqualTo("[\"K\",\"v L m\",\"\"]");
        assertThat(list.get(2).get("args").toString()).isEqualTo("[\"CMD\",\"c\"]");
        assertThat(list.get(2).get("json").asBoolean()).isTrue();
        assertThat(list.get(3).get("args")).isEmpty();
        assertThat(list.get(3).get("child").get("cmd").asText()).isEqualTo("run");
        assertThat(list.get(3).get("child").get("args").toString()).isEqualTo("[\"y\"]");
        assertThat(list.get(4).get("heredocs").toString()).isEqualTo("[{\"name\":\"EOF\",\"content\":\"hi\\n\"}]");
        assertThat(list.get(4).get("endLine").asInt()).isEqualTo(7);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void nonAsciiIsEscapedAndReadsBack() throws Exception {
        assertThat(run(file("FROM a\nLABEL k=\"caf\u00e9 \u2603\"\n").toString())).isZero();
        assertThat(out.toString()).contains("caf\\u00e9 \\u2603").isASCII();
        JsonNode label = new ObjectMapper().readTree(out.toString()).get("instructions").get(1);
        assertThat(label.get("args").get(1).asText()).isEqualTo("\"caf\u00e9 \u2603\"");
    }

    @Test
    void defaultFormatIsJson() throws Exception {
        assertThat(run(file("FROM a\n").toString())).isZero();
        assertThat(out.toString()).startsWith("{\"instructions\":[");
    }

    @Test
    void readsStandardInput() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("FROM a\nRUN b\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(run("-")).isZero();
        } finally {
            System.setIn(saved);
        }
        assertThat(out.toString()).contains("\"cmd\":\"run\"");
    }

    @Test
    void textShowsStagesGraphAndShell() throws Exception {
        Path f = file("FROM golang:1.23 AS build\nRUN go build \\\n  -o /app\nFROM alpine\n"
                + "COPY --from=build /app /app\n");
        assertThat(run("--format", "text", "--shell", f.toString())).isZero();
        assertThat(out.toString())
                .contains("stage 0 \"build\" FROM golang:1.23 (registry docker.io, repository library/golang, tag 1.23)")
                .contains("$ go build -o /app  @2:5")
                .contains("1 <- stage build (copy from, line 5)");
    }

    @Test
    void invalidInputIsOneLineOnStderrExit2NothingOnStdout() throws Exception {
        Path f = file("FROM a\nRUN --network=bridge x\n");
        assertThat(run(f.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("trusty: " + f + ":2:5: invalid network mode \"bridge\"" + System.lineSeparator());
    }

    @Test
    void syntaxOnlySkipsInstructionChecks() throws Exception {
        // BuildKit's parser accepts this (its testfile "health"); only the instruction layer refuses it
        Path f = file("FROM debian\nHEALTHCHECK\nHEALTHCHECK CONNECT TCP 7000\n");
        assertThat(run(f.toString())).isEqualTo(2);
        assertThat(run("--syntax-only", f.toString())).isZero();
        assertThat(out.toString()).contains("{\"cmd\":\"healthcheck\",\"flags\":[],\"args\":[],")
                .contains("\"args\":[\"CONNECT\",\"TCP 7000\"]");
    }

    @Test
    void syntaxOnlyTextToleratesWhatTheChecksWouldRefuse() throws Exception {
        Path f = file("RUN early\nFROM\nUSER\nWORKDIR\nHEALTHCHECK\nONBUILD\nFOO bar\nFROM a b\n");
        assertThat(run("--syntax-only", "--format", "text", "--shell", f.toString())).isZero();
        assertThat(out.toString()).contains("(foo \"\")");
    }

    @Test
    void missingFileIsAnInputError() {
        assertThat(run(dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
    }
}
