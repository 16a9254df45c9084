package dev.trusty.dockerfile.rules;

import dev.trusty.core.FindingSink;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.lint.DockerfileLinter;
import dev.trusty.dockerfile.lint.LintOptions;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import dev.trusty.dockerfile.syntax.Instruction;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.trusty.dockerfile.rules.DockerfileRule.rule;
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
        // pip has too many names for the command index: the pip rules see every file with a RUN, and find
        // the RUNs that run pip or python under any name with one walk they share
        assertThat(new PipCache().appliesTo(context("FROM debian:12\nRUN true\n"))).isTrue();
        assertThat(PipRunRule.pipRuns(context("FROM debian:12\nRUN true\n"))).isZero();
        assertThat(PipRunRule.pipRuns(context("FROM debian:12\nRUN true\nRUN /opt/py/bin/pip3.12 install x\n")))
                .isEqualTo(0b10);
        assertThat(PipRunRule.pipRuns(context("FROM debian:12\nRUN echo $(python3.11 -m pip list)\n"))).isEqualTo(1);
        assertThat(PipRunRule.pipRuns(context("FROM debian:12\nRUN pipx install x && python3-config\n"))).isZero();
    }

    /** A RUN rule watching one command name. */
    private static final class Watches extends RunRule {
        Watches(String command) {
            super(rule("TX3", "watches " + command, Severity.LOW), command);
        }

        @Override
        protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        }
    }

    @Test
    void aCommandWhoseIdIsPastTheGatesBitsIsFoundThroughTheIndex() {
        for (int k = 0; k < Long.SIZE; k++) {
            Vocabulary.watch("dispatch-test-filler-" + k); // pushes the next new name's id past 63
        }
        Watches late = new Watches("dispatch-test-late");
        assertThat(Vocabulary.command("dispatch-test-late")).isGreaterThanOrEqualTo(Long.SIZE);
        assertThat(late.appliesTo(context("FROM debian:12\nRUN echo hi && dispatch-test-late x\n"))).isTrue();
        assertThat(late.appliesTo(context("FROM debian:12\nRUN echo hi\n"))).isFalse();
    }

    /** A RUN rule watching sudo, carrying the alias of the reading below. */
    private static final class WatchesSudo extends RunRule {
        WatchesSudo() {
            super(rule("TX1", "watches sudo", Severity.LOW).buildkit("ReadsWorkdir"), "sudo");
        }

        @Override
        protected void checkRun(LintContext ctx, Instruction run, List<ShellCommand> commands, FindingSink out) {
        }
    }

    /** A reading of WORKDIR instructions. */
    private static final class ReadsWorkdir extends DockerfileRule {
        ReadsWorkdir() {
            super(rule("TX2", "reads WORKDIR", Severity.LOW).buildkit("ReadsWorkdir"), "workdir");
        }

        @Override
        public void check(LintContext ctx, FindingSink out) {
        }
    }

    @Test
    void aCompositeSeesTheFilesOfItsRuleAndOfTheReadingsItReports() {
        var reported = ToolReadings.of(new WatchesSudo(), new ReadsWorkdir()).reportedByDefault();
        assertThat(reported.appliesTo(context("FROM debian:12\nWORKDIR app\n"))).isTrue();
        assertThat(reported.appliesTo(context("FROM debian:12\nRUN sudo id\n"))).isTrue();
        assertThat(reported.appliesTo(context("FROM debian:12\nRUN echo hi\n"))).isFalse();
        // a reading that only narrows the rule's aliases opens nothing: the rule's own gate stands
        var narrowing = ToolReadings.of(new WatchesSudo(), new ReadsWorkdir());
        assertThat(narrowing.appliesTo(context("FROM debian:12\nWORKDIR app\n"))).isFalse();
        assertThat(narrowing.appliesTo(context("FROM debian:12\nRUN sudo id\n"))).isTrue();
    }

    @Test
    void skippedRulesStillCountAsCheckedAndTheOthersStillReport() {
        var linter = new DockerfileLinter(LintOptions.defaults());
        var report = linter.lint("Dockerfile", "FROM debian:12\nWORKDIR app\n").report();
        assertThat(report.rulesChecked()).extracting(r -> r.id()).contains("TD001", "TD005", "TD043");
        assertThat(report.findings()).extracting(f -> f.ruleId()).contains("TD001").doesNotContain("TD005");
    }
}
