package dev.trusty.dockerfile.lint;

import dev.trusty.core.Finding;
import dev.trusty.core.Rule;
import dev.trusty.dockerfile.rules.DockerfileRules;
import dev.trusty.dockerfile.rules.LintContext;
import dev.trusty.dockerfile.rules.RuleTester;
import dev.trusty.dockerfile.syntax.DockerfileParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fix a rule offers on its firing cases yields a Dockerfile that parses and no longer fires. */
class DockerfileFixerTest {

    @TestFactory
    Stream<DynamicTest> fixesParseAndSilenceTheRule() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule<LintContext> rule : DockerfileRules.ALL) {
            String id = rule.info().id();
            String fixture;
            try (InputStream in = RuleTester.class.getResourceAsStream("cases/" + id + ".dockerfile")) {
                fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (RuleTester.Case c : RuleTester.parse(fixture, id)) {
                DockerfileLinter linter = new DockerfileLinter(c.options());
                List<Finding> fixable = linter.lint("Dockerfile", c.text()).report().findings().stream()
                        .filter(f -> f.ruleId().equals(id) && f.fix() != null).toList();
                if (fixable.isEmpty()) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(id + " fix of case at fixture line " + c.fixtureLine(), () -> {
                    String fixed = DockerfileFixer.apply(c.text(), fixable).text();
                    assertThat(fixed).isNotEqualTo(c.text());
                    DockerfileParser.parse("Dockerfile", fixed);
                    List<Finding> after = linter.lint("Dockerfile", fixed).report().findings();
                    assertThat(after).as("after fix:\n%s", fixed).noneMatch(f -> f.ruleId().equals(id));
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(15);
        return tests.stream();
    }

    @Test
    void insertionsAtTheSamePlaceAllGoIn() {
        String text = "FROM debian:12\nRUN apt-get update && apt-get install curl=7 \\\n  && echo ok\n";
        List<Finding> findings = new DockerfileLinter(LintOptions.defaults()).lint("Dockerfile", text).report().findings();
        String fixed = DockerfileFixer.apply(text, findings).text();
        assertThat(fixed).containsAnyOf("apt-get install -y --no-install-recommends curl=7",
                "apt-get install --no-install-recommends -y curl=7").contains("rm -rf /var/lib/apt/lists/*");
        List<String> after = LintTestSupport.ids(LintTestSupport.lint(fixed));
        assertThat(after).doesNotContain("TD009", "TD014", "TD015");
    }
}
