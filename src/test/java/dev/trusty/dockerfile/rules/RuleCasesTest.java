package dev.trusty.dockerfile.rules;

import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule has a fixture with at least three firing and three silent cases, and all of them pass. */
class RuleCasesTest {

    static String fixture(String id) throws IOException {
        try (InputStream in = RuleCasesTest.class.getResourceAsStream("cases/" + id + ".dockerfile")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRuleHasPassingCases() {
        List<DynamicTest> tests = new ArrayList<>();
        List<Rule<LintContext>> rules = new ArrayList<>(DockerfileRules.ALL);
        rules.addAll(DockerfileRules.readings());
        for (Rule<LintContext> rule : rules) {
            RuleInfo info = rule.info();
            tests.add(DynamicTest.dynamicTest(info.id() + " " + info.title(), () -> {
                String text = fixture(info.id());
                assertThat(text).as("fixture cases/%s.dockerfile", info.id()).isNotNull();
                List<RuleTester.Case> cases = RuleTester.parse(text, info.id());
                long firing = cases.stream().filter(c -> !c.expected().isEmpty()).count();
                long silent = cases.size() - firing;
                assertThat(firing).as("firing cases of %s", info.id()).isGreaterThanOrEqualTo(3);
                assertThat(silent).as("silent cases of %s", info.id()).isGreaterThanOrEqualTo(3);
                List<String> problems = new ArrayList<>();
                for (RuleTester.Case c : cases) {
                    for (String p : RuleTester.verify(c, info.id())) {
                        problems.add("case at fixture line " + c.fixtureLine() + ": " + p);
                    }
                }
                assertThat(problems).as(info.id()).isEmpty();
            }));
        }
        return tests.stream();
    }
}
