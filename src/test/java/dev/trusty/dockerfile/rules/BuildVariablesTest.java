package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.syntax.DockerfileParser;
import dev.trusty.dockerfile.syntax.Instruction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BuildVariablesTest {

    private static List<BuildVariables.Declared> declared(String dockerfile) {
        return BuildVariables.all(new LintContext("Dockerfile", DockerfileParser.parse("Dockerfile", dockerfile),
                LintSettings.DEFAULTS));
    }

    private static List<String> described(List<BuildVariables.Declared> all) {
        List<String> out = new ArrayList<>();
        for (BuildVariables.Declared d : all) {
            out.add(d.kind() + " " + d.name() + "=" + d.value() + " @" + d.instruction().line());
        }
        return out;
    }

    @Test
    void argsAndEnvsComeInFileOrderWithOnbuildTriggersUnwrapped() {
        List<BuildVariables.Declared> all = declared("""
                ARG BASE=alpine
                FROM $BASE
                ENV A=1 B="two words"
                RUN echo $A
                ARG TOKEN
                ONBUILD ENV C=3
                ARG D=4 E
                ENV F 6
                """);

        assertThat(described(all)).containsExactly(
                "ARG BASE=alpine @1",
                "ENV A=1 @3", "ENV B=two words @3",
                "ARG TOKEN=null @5",
                "ENV C=3 @6",
                "ARG D=4 @7", "ARG E=null @7",
                "ENV F=6 @8");
        assertThat(all.get(4).instruction().command()).isEqualTo("env"); // the trigger, not the ONBUILD
    }

    @Test
    void theNameAndValueWordsAreTheInstructionsOwn() {
        List<BuildVariables.Declared> all = declared("FROM alpine\nENV KEY=\"v\"\nARG N=1\n");

        Instruction env = all.get(0).instruction();
        assertThat(all.get(0).nameArg()).isSameAs(env.args().get(0));
        assertThat(all.get(0).valueArg()).isSameAs(env.args().get(1));
        assertThat(all.get(0).valueArg().value()).isEqualTo("\"v\"");
        assertThat(all.get(1).nameArg()).isSameAs(all.get(1).valueArg());
    }

    @Test
    void aFileWithoutArgOrEnvDeclaresNothing() {
        assertThat(declared("FROM alpine\nRUN true\n")).isEmpty();
    }
}
