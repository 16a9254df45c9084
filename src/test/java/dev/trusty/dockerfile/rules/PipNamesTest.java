package dev.trusty.dockerfile.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** pip and python names are read by a character loop that stands for the regex tool[0-9.]*; both must agree. */
class PipNamesTest {
    private static final List<String> NAMES = List.of("pip", "pip3", "pip3.12", "pip.", "pip3..1", "pipx", "pip3-x",
            "pipenv", "pi", "p", "", "python", "python3", "python3.11", "python3-config", "pythonw", "ipython",
            "Pip3", "pip３", "python3.12 ", "xpip");

    @Test
    void theLoopAgreesWithTheRegexItReplaced() {
        for (String tool : List.of("pip", "python")) {
            Pattern regex = Pattern.compile(tool + "[0-9.]*");
            for (String name : NAMES) {
                assertThat(PipUnpinned.isVersioned(name, tool)).as(tool + " / '" + name + "'")
                        .isEqualTo(regex.matcher(name).matches());
            }
        }
    }

    @Test
    void versionedNamesAreRecognisedAndOthersAreNot() {
        assertThat(PipUnpinned.isVersioned("pip3.12", "pip")).isTrue();
        assertThat(PipUnpinned.isVersioned("python3", "python")).isTrue();
        assertThat(PipUnpinned.isVersioned("pipx", "pip")).isFalse();
        assertThat(PipUnpinned.isVersioned("python3-config", "python")).isFalse();
    }
}
