package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TD048's reasons, in the order they are given when a key has several problems. */
class LabelKeyProblemTest {

    @Test
    void aForbiddenCharacterIsReportedBeforeARepeatedSeparator() {
        assertThat(LabelKeyInvalid.problem("org..example_x")).isEqualTo("may only hold lower-case letters, digits, '.' and '-'");
        assertThat(LabelKeyInvalid.problem("org..example")).isEqualTo("must not repeat '.' or '-'");
        assertThat(LabelKeyInvalid.problem("org.ex--ample")).isEqualTo("must not repeat '.' or '-'");
    }

    @Test
    void separatorsThatAlternateAreNotRepeats() {
        assertThat(LabelKeyInvalid.problem("org.-example")).isNull();
        assertThat(LabelKeyInvalid.problem("org.opencontainers.image.source")).isNull();
        assertThat(LabelKeyInvalid.problem("com.docker.x")).isEqualTo("uses a namespace reserved by Docker");
    }
}
