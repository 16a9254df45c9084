package dev.trusty.dockerfile.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.trusty.dockerfile.model.DockerfileModel;
import dev.trusty.dockerfile.model.DockerfileText;
import dev.trusty.dockerfile.model.RunScript;
import dev.trusty.dockerfile.model.Step;
import dev.trusty.dockerfile.shell.ShellScript;
import dev.trusty.dockerfile.shell.ShellSyntaxException;
import dev.trusty.dockerfile.syntax.Dockerfile;
import dev.trusty.dockerfile.syntax.DockerfileDump;
import dev.trusty.dockerfile.syntax.DockerfileParseException;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import dev.trusty.dockerfile.syntax.DockerfilePrinter;

/**
 * Coverage-guided fuzzing (Jazzer). Without {@code JAZZER_FUZZ=1} each test replays its seeds from
 * {@code src/test/resources/dev/trusty/dockerfile/fuzz/ParserFuzzTestInputs/<method>/}; with it, it
 * fuzzes for {@code maxDuration}. The parsers may only ever reject input with their own typed errors.
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "15s")
    void dockerfileParserOnlyThrowsParseErrors(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            // the parser layer alone must give a tree the model and text view tolerate
            Dockerfile syntax = DockerfileParser.parseSyntax("fuzz", bytes);
            assertThat(DockerfileText.render(DockerfileModel.of(syntax), true)).isNotEmpty();
        } catch (DockerfileParseException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz:").doesNotContain("\n");
        }
        Dockerfile df;
        try {
            df = DockerfileParser.parse("fuzz", bytes);
        } catch (DockerfileParseException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz:").doesNotContain("\n");
            return;
        }
        // what parses must also print back to the same tree, dump, model, and give each RUN a script
        // or an "unparsed" note
        assertThat(DockerfileDump.json(df)).startsWith("{\"instructions\":[");
        Dockerfile reparsed = DockerfileParser.parse("fuzz", DockerfilePrinter.print(df));
        assertThat(DockerfileDump.buildkit(reparsed)).isEqualTo(DockerfileDump.buildkit(df));
        DockerfileModel model = DockerfileModel.of(df);
        assertThat(DockerfileText.render(model, true)).isNotEmpty();
        for (Step step : model.steps()) {
            if (step.isRun()) {
                RunScript run = step.run();
                assertThat(run.isParsed() || run.reason() != null).isTrue();
                run.commands().forEach(c -> assertThat(run.script().span(c)).isNotNull());
            }
        }
    }

    @FuzzTest(maxDuration = "15s")
    void shellParserOnlyThrowsSyntaxErrors(FuzzedDataProvider data) {
        String script = data.consumeRemainingAsString();
        try {
            ShellScript parsed = ShellScript.parse(script, null);
            parsed.commands().forEach(c -> assertThat(c.start()).isBetween(0, script.length()));
        } catch (ShellSyntaxException expected) {
            assertThat(expected.offset()).isBetween(0, script.length());
        }
    }
}
