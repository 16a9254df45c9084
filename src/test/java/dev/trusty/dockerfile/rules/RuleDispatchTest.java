package dev.trusty.dockerfile.rules;

import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The linter hands a file only to the rules that have something to look at in it. */
class RuleDispatchTest {

    private static LintContext context(String text) {
        return new LintContext("Dockerfile", DockerfileParser.parse("Dockerfile", text), LintSettings.DEFAULTS);
    }

    @Test
    void aRuleDeclaringInstructionsSeesOnlyFilesWithOneOfThem() {
        assertThat(new WorkdirAbsolute().appliesTo(context("FROM debian:12\nRUN true\n"))).isFalse();
        assertThat(new WorkdirAbsolute().appliesTo(context("FROM debian:12\nWORKDIR app\n"))).isTrue();
        // an ONBUILD trigger counts as the instruction it wraps, and ONBUILD itself is an instruction too
        assertThat(new WorkdirAbsolute().appliesTo(context("FROM debian:12\nONBUILD WORKDIR app\n"))).isTrue();
        assertThat(new OnbuildForbidden().appliesTo(context("FROM debian:12\nONBUILD RUN true\n"))).isTrue();
        assertThat(new OnbuildForbidden().appliesTo(context("FROM debian:12\nRUN true\n"))).isFalse();
    }

    @Test
    void aRuleDeclaringNothingSeesEveryFile() {
        assertThat(new InstructionCasing().appliesTo(context("FROM debian:12\n"))).isTrue();
    }

    @Test
    void aRunRuleSeesOnlyFilesRunningOneOfItsCommandsSubstitutionsIncluded() {
        assertThat(new SudoInRun().appliesTo(context("FROM debian:12\nRUN echo hi\n"))).isFalse();
        assertThat(new SudoInRun().appliesTo(context("FROM debian:12\nRUN echo $(sudo id)\n"))).isTrue();
        assertThat(new PipCache().appliesTo(context("FROM debian:12\nWORKDIR /x\n"))).isFalse();
        // pip has too many names for the command index: the pip rules find them with their own walk
        assertThat(new PipCache().appliesTo(context("FROM debian:12\nRUN true\n"))).isFalse();
        assertThat(new PipCache().appliesTo(context("FROM debian:12\nRUN /opt/py/bin/pip3.12 install x\n"))).isTrue();
        assertThat(new PipUnpinned().appliesTo(context("FROM debian:12\nRUN echo $(python3.11 -m pip list)\n"))).isTrue();
        assertThat(new PipUnpinned().appliesTo(context("FROM debian:12\nRUN pipx install x && python3-config\n")))
                .isFalse();
    }

    @Test
    void skippedRulesStillCountAsCheckedAndTheOthersStillReport() {
        var linter = new DockerfileLinter(LintOptions.defaults());
        var report = linter.lint("Dockerfile", "FROM debian:12\nWORKDIR app\n").report();
        assertThat(report.rulesChecked()).extracting(r -> r.id()).contains("TD001", "TD005", "TD043");
        assertThat(report.findings()).extracting(f -> f.ruleId()).contains("TD001").doesNotContain("TD005");
    }
}
