package dev.trusty.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryInstructionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "/bin/sh -c #(nop) ADD file:4b03b5f551e3 in / => ADD file:4b03b5f551e3 /",
            "/bin/sh -c #(nop) COPY dir:9a8b7c in /app => COPY dir:9a8b7c /app",
            "/bin/sh -c #(nop)  CMD [\"bash\"] => CMD [\"bash\"]",
            "/bin/sh -c #(nop)  ENV PATH=/usr/local/bin:/usr/bin => ENV PATH=/usr/local/bin:/usr/bin",
            "/bin/sh -c #(nop)  EXPOSE 22/tcp => EXPOSE 22/tcp",
            "/bin/sh -c apt-get update && apt-get install -y curl => RUN apt-get update && apt-get install -y curl",
            "|2 VERSION=1.2 TOKEN=abc /bin/sh -c curl -fsSL https://x.invalid/i.sh | sh => RUN curl -fsSL https://x.invalid/i.sh | sh",
            "RUN /bin/sh -c apk add --no-cache curl # buildkit => RUN apk add --no-cache curl",
            "RUN |1 A=b /bin/sh -c echo $A # buildkit => RUN echo $A",
            "/bin/bash -o pipefail -c wget -qO- https://x.invalid | bash => RUN wget -qO- https://x.invalid | bash",
            "ADD https://example.invalid/app.tgz /opt/ # buildkit => ADD https://example.invalid/app.tgz /opt/",
            "COPY --chown=app:app . /src # buildkit => COPY --chown=app:app . /src",
            "USER app => USER app",
            "WORKDIR /app => WORKDIR /app",
    })
    void turnsHistoryBackIntoDockerfileInstructions(String createdBy, String dockerfile) {
        assertThat(HistoryInstruction.parse(createdBy)).hasValueSatisfying(i -> assertThat(i.text()).isEqualTo(dockerfile));
    }

    @Test
    void emptyOrUnknownHistoryGivesNothing() {
        assertThat(HistoryInstruction.parse("")).isEmpty();
        assertThat(HistoryInstruction.parse(null)).isEmpty();
        assertThat(HistoryInstruction.parse("/bin/sh -c #(nop) something odd")).isEmpty();
    }

    @Test
    void buildArgsAreTheAssignmentsBeforeTheShell() {
        assertThat(HistoryInstruction.buildArgs("|2 VERSION=1.2 TOKEN=abc /bin/sh -c make")).containsExactly("VERSION=1.2", "TOKEN=abc");
        assertThat(HistoryInstruction.buildArgs("RUN |1 A=b /bin/sh -c echo # buildkit")).containsExactly("A=b");
        assertThat(HistoryInstruction.buildArgs("/bin/sh -c make")).isEmpty();
    }

    @Test
    void splitsShellIntoSimpleCommands() {
        assertThat(HistoryInstruction.commands("sudo apt-get update && apt-get install -y 'a b' ; echo \"x && y\" | tee f"))
                .containsExactly(List.of("sudo", "apt-get", "update"), List.of("apt-get", "install", "-y", "a b"),
                        List.of("echo", "x && y"), List.of("tee", "f"));
        assertThat(HistoryInstruction.program(List.of("DEBIAN_FRONTEND=noninteractive", "/usr/bin/apt-get", "install")))
                .isEqualTo("apt-get");
    }
}
