package dev.trusty.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetReportTest {
    private static final RuleInfo RULE = RuleInfo.of("TI001", Domain.IMAGE, "x", Severity.LOW);

    @Test
    void numbersInLocationsSortAsNumbers() {
        assertThat(TargetReport.natural("history[2] RUN a", "history[10] RUN b")).isNegative();
        assertThat(TargetReport.natural("a10", "a10")).isZero();
        assertThat(TargetReport.natural("a", "a1")).isNegative();
        assertThat(TargetReport.natural("x007", "x7")).isZero();
        assertThat(TargetReport.natural("x99999999999999999999", "x100000000000000000000")).isNegative();
        assertThat(TargetReport.natural("v1.10", "v1.9")).isPositive();
        List<Finding> findings = List.of(
                Finding.of(RULE, new Location.ImagePath("img", "history[10] RUN b", 3, null), "b"),
                Finding.of(RULE, new Location.ImagePath("img", "history[2] RUN a", 1, null), "a"));
        TargetReport report = new TargetReport(new Target("img", Target.Kind.IMAGE), List.of(RULE), findings, 0, Duration.ZERO);
        assertThat(report.findings()).extracting(Finding::message).containsExactly("a", "b");
    }

    @Test
    void containerFindingsFollowTheirSourcePosition() {
        Location.ContainerField late = new Location.ContainerField("c", "--x", new Location.File("--run", 1, 107, 1, 110));
        Location.ContainerField early = new Location.ContainerField("c", "--y", new Location.File("--run", 1, 17, 1, 20));
        TargetReport report = new TargetReport(new Target("c", Target.Kind.DOCKER_RUN), List.of(RULE),
                List.of(Finding.of(RULE, late, "late"), Finding.of(RULE, early, "early")), 0, Duration.ZERO);
        assertThat(report.findings()).extracting(Finding::message).containsExactly("early", "late");
    }
}
