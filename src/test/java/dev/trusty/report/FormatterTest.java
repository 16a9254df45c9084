package dev.trusty.report;

import dev.trusty.core.InputException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormatterTest {
    private static final FormatOptions OPTIONS = new FormatOptions(false, false, SampleReport.sources());

    @Test
    void namesMapToTheirFormatters() {
        assertThat(Formatter.named("text", OPTIONS)).isInstanceOf(TextFormatter.class);
        assertThat(Formatter.named("JSON", OPTIONS)).isInstanceOf(JsonFormatter.class);
        assertThat(Formatter.named(" sarif ", OPTIONS)).isInstanceOf(SarifFormatter.class);
        assertThat(Formatter.named("junit", OPTIONS)).isInstanceOf(JUnitFormatter.class);
    }

    @Test
    void anUnknownNameIsAnInputErrorListingTheValidOnes() {
        assertThatThrownBy(() -> Formatter.named("xml", OPTIONS)).isInstanceOf(InputException.class)
                .hasMessage("unknown format 'xml' (expected one of: text, json, sarif, junit)");
    }

    @Test
    void everyFormatWritesNonEmptyUtf8EndingInANewline() throws IOException {
        for (String name : Formatter.NAMES) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Formatter.named(name, OPTIONS).write(SampleReport.report(), out);
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text).as(name).contains("büild").endsWith("\n");
        }
    }
}
