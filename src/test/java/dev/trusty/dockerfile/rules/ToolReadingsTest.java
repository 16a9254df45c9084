package dev.trusty.dockerfile.rules;

import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Location;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import dev.trusty.dockerfile.syntax.Instruction;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolReadingsTest {
    private static final RuleInfo RULE = RuleInfo.of("TD900", Domain.DOCKERFILE, "test", Severity.LOW)
            .hadolint("DL9000").trivy("DS900").cwe(1);
    private static final RuleInfo READING = RuleInfo.of("TD901", Domain.DOCKERFILE, "test reading", Severity.LOW)
            .trivy("DS900").cwe(1);

    /** Reports every RUN whose text contains {@code letter}. */
    private static final class RunsContaining extends DockerfileRule {
        private final String letter;

        RunsContaining(RuleInfo info, String letter) {
            super(info, "run");
            this.letter = letter;
        }

        @Override
        public void check(LintContext ctx, FindingSink out) {
            for (Instruction run : ctx.runs()) {
                if (run.rest().contains(letter)) {
                    out.report(info(), ctx.at(run), info().id() + " on " + run.rest());
                }
            }
        }
    }

    private static List<Finding> lint(DockerfileRule rule, String text) {
        LintContext ctx = new LintContext("Dockerfile", DockerfileParser.parse("Dockerfile", text), LintSettings.DEFAULTS);
        List<Finding> out = new ArrayList<>();
        if (rule.appliesTo(ctx)) {
            rule.check(ctx, out::add);
        }
        return out;
    }

    @Test
    void eachLineIsOneFindingCarryingTheAliasesOfTheToolsThatReportIt() {
        ToolReadings merged = ToolReadings.of(new RunsContaining(RULE, "a"), new RunsContaining(READING, "b"))
                .reporting(reading -> true);
        List<Finding> found = lint(merged, "FROM x\nRUN a\nRUN ab\nRUN b\nRUN c\n");

        assertThat(found).extracting(f -> ((Location.File) f.location()).line()).containsExactly(2, 3, 4);
        assertThat(found).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("TD900"));
        assertThat(found.get(0).rule().aliases()).containsExactly("DL9000", "CWE-1");
        assertThat(found.get(1).rule().aliases()).containsExactly("DL9000", "DS900", "CWE-1");
        assertThat(found.get(2).rule().aliases()).containsExactly("DS900", "CWE-1");
        assertThat(found.get(2).message()).isEqualTo("TD901 on b");
        assertThat(found.get(0).rule().isKnownAs("DS900")).isFalse();
        assertThat(found.get(2).rule().isKnownAs("DL9000")).isFalse();
        assertThat(merged.info()).isSameAs(RULE);
    }

    @Test
    void byDefaultTheRuleJudgesAndTheReadingOnlyNarrowsItsAliases() {
        ToolReadings merged = ToolReadings.of(new RunsContaining(RULE, "a"), new RunsContaining(READING, "b"));
        List<Finding> found = lint(merged, "FROM x\nRUN a\nRUN ab\nRUN b\n");

        assertThat(found).extracting(f -> ((Location.File) f.location()).line()).containsExactly(2, 3);
        assertThat(found.get(0).rule().aliases()).containsExactly("DL9000", "CWE-1");
        assertThat(found.get(1).rule().aliases()).containsExactly("DL9000", "DS900", "CWE-1");
    }

    @Test
    void aSharedReadingNarrowsWithoutReportingLinesOfItsOwn() {
        DockerfileRule shared = new RunsContaining(READING, "b");
        ToolReadings narrowedOnly = ToolReadings.of(new RunsContaining(RULE, "a")).narrowedBy(shared).reporting(r -> true);
        List<Finding> found = lint(narrowedOnly, "FROM x\nRUN ab\nRUN b\n");

        assertThat(found).singleElement().satisfies(f -> assertThat(f.rule().aliases()).contains("DS900"));
        assertThat(narrowedOnly.readings()).isEmpty();
    }

    @Test
    void runsWhenOnlyAReportedReadingHasSomethingToLookAt() {
        RuleInfo copyRule = RuleInfo.of("TD902", Domain.DOCKERFILE, "copy", Severity.LOW).trivy("DS900");
        DockerfileRule onCopy = new DockerfileRule(copyRule, "copy") {
            @Override
            public void check(LintContext ctx, FindingSink out) {
            }
        };
        ToolReadings merged = ToolReadings.of(onCopy, new RunsContaining(READING, "b"));

        assertThat(lint(merged, "FROM x\nRUN b\n")).isEmpty();
        assertThat(lint(merged.reporting(reading -> true), "FROM x\nRUN b\n")).singleElement()
                .satisfies(f -> assertThat(f.rule().aliases()).containsExactly("DS900"));
    }

    @Test
    void theCatalogueTellsWhatEachReadingReads() {
        ToolReadings merged = ToolReadings.of(new RunsContaining(RULE.why("Ours."), "a"),
                new RunsContaining(READING.why("Trivy reads b."), "b"));

        assertThat(merged.documented().rationale()).isEqualTo("Ours. Trivy reads b. A finding carries DS900 only where"
                + " that check reports too; lines only it reports are reported with --enable DS900.");
    }

    @Test
    void aReadingMustStandForAnAliasTheRuleCarries() {
        RuleInfo stray = RuleInfo.of("TD903", Domain.DOCKERFILE, "stray", Severity.LOW).trivy("DS999");

        assertThatThrownBy(() -> ToolReadings.of(new RunsContaining(RULE, "a"), new RunsContaining(stray, "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DS999");
    }
}
