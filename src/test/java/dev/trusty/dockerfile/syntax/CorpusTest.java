package dev.trusty.dockerfile.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trusty.dockerfile.model.DockerfileModel;
import dev.trusty.dockerfile.model.RunScript;
import dev.trusty.dockerfile.model.Step;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled corpus (multi-stage, heredocs, backtick escape, Windows, ONBUILD, legacy forms, flags) and a
 * generated one: every file parses to its golden BuildKit dump, and parse -> print -> parse is stable.
 */
class CorpusTest {

    static Stream<Path> bundled() throws IOException, URISyntaxException {
        Path dir = Path.of(CorpusTest.class.getResource("/dev/trusty/dockerfile/corpus").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList().stream();
        }
    }

    /** What must survive a round trip: BuildKit's dump plus the attributes it does not print. */
    static String tree(Dockerfile df) {
        StringBuilder out = new StringBuilder();
        for (Instruction in : df.instructions()) {
            out.append(DockerfileDump.buildkitLine(in)).append(" json=").append(in.effective().json());
            for (Heredoc h : in.heredocs()) {
                out.append(" <<").append(h.name()).append(h.expand() ? "" : "(quoted)").append(h.chomp() ? "-" : "")
                        .append(h.fileDescriptor()).append(GoText.quote(h.content()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    static void assertRoundTrip(String name, Dockerfile first) {
        String printed = DockerfilePrinter.print(first);
        Dockerfile second = DockerfileParser.parse(name, printed);
        assertThat(tree(second)).as("%s printed as:%n%s", name, printed).isEqualTo(tree(first));
        assertThat(second.escapeToken()).isEqualTo(first.escapeToken());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void bundledFileMatchesGoldenDumpAndRoundTrips(Path file) throws IOException {
        Dockerfile df = DockerfileParser.parse(file.getFileName().toString(), Files.readAllBytes(file));
        Path golden = Path.of(file.toString().replace(".Dockerfile", ".result"));
        assertThat(DockerfileDump.buildkit(df)).isEqualTo(Files.readString(golden));
        assertRoundTrip(file.getFileName().toString(), df);
        modelAndScripts(df);
    }

    @Test
    void corpusCoversTheRequiredShapes() throws Exception {
        List<Dockerfile> all = bundled().map(p -> {
            try {
                return DockerfileParser.parse(p.toString(), Files.readAllBytes(p));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(all).anySatisfy(df -> assertThat(df.escapeToken()).isEqualTo('`'));
        assertThat(all).anySatisfy(df -> assertThat(df.instructions()).anyMatch(i -> !i.heredocs().isEmpty()));
        assertThat(all).anySatisfy(df -> assertThat(df.instructions()).anyMatch(i -> i.is("onbuild")));
        assertThat(all).anySatisfy(df -> assertThat(df.instructions().stream().filter(i -> i.is("from"))).hasSizeGreaterThan(1));
        assertThat(all).anySatisfy(df -> assertThat(df.instructions()).anyMatch(i -> i.is("shell")
                && i.argValues().get(0).equals("powershell")));
    }

    @Test
    void generatedDockerfilesRoundTrip() {
        Random random = new Random(20261123);
        IntStream.range(0, 400).forEach(n -> {
            String text = DockerfileGenerator.generate(random);
            Dockerfile df = DockerfileParser.parse("gen-" + n, text);
            assertRoundTrip("gen-" + n + "\n" + text, df);
            modelAndScripts(df);
        });
    }

    @Test
    void shellFormsAreAllParsed() throws Exception {
        Path file = bundled().filter(p -> p.toString().endsWith("shell-forms.Dockerfile")).findFirst().orElseThrow();
        DockerfileModel model = DockerfileModel.of(DockerfileParser.parse("x", Files.readAllBytes(file)));
        assertThat(model.steps().stream().filter(Step::isRun).map(Step::run))
                .allSatisfy(run -> assertThat(run.kind()).as(String.valueOf(run.reason())).isEqualTo(RunScript.Kind.PARSED));
    }

    private static void modelAndScripts(Dockerfile df) {
        DockerfileModel model = DockerfileModel.of(df);
        for (Step step : model.steps()) {
            if (step.isRun()) {
                RunScript run = step.run();
                run.commands().forEach(c -> assertThat(run.script().span(c).line())
                        .isBetween(step.instruction().line(), step.instruction().endLine()));
            }
        }
    }
}
