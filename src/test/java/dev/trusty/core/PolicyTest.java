package dev.trusty.core;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyTest {
    private static final RuleInfo PIN = RuleInfo.of("TD012", Domain.DOCKERFILE, "Pin apt packages", Severity.MEDIUM)
            .hadolint("DL3008").cis("4.3").cwe(1357);
    private static final Finding FINDING = Finding.of(PIN, Location.File.line("app/Dockerfile", 3), "pin curl");

    private static TrustyConfig config(List<String> ignore, Map<String, Severity> severity, List<String> paths) {
        return new TrustyConfig(null, ignore, severity, null, paths, List.of(), Map.of());
    }

    @Test
    void ignoresByIdOrAnyAliasIgnoringCase() {
        for (String name : List.of("TD012", "td012", "DL3008", "CIS-4.3", "4.3", "CWE-1357")) {
            Policy policy = new Policy(TrustyConfig.DEFAULTS, List.of(name), null);
            assertThat(policy.apply(FINDING, Suppressor.NONE)).as(name).isNull();
        }
        assertThat(Policy.defaults().apply(FINDING, Suppressor.NONE)).isEqualTo(FINDING);
    }

    @Test
    void configIgnoresAndCliIgnoresAdd() {
        Policy policy = new Policy(config(List.of("DL3009"), Map.of(), List.of()), List.of("DL3008"), null);
        assertThat(policy.ignores(PIN)).isTrue();
    }

    @Test
    void overridesSeverityByAlias() {
        Policy policy = new Policy(config(List.of(), Map.of("dl3008", Severity.CRITICAL), List.of()), List.of(), null);
        assertThat(policy.apply(FINDING, Suppressor.NONE).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void dropsFindingsUnderIgnoredPaths() {
        Policy policy = new Policy(config(List.of(), Map.of(), List.of("app/**")), List.of(), null);
        assertThat(policy.apply(FINDING, Suppressor.NONE)).isNull();
        Finding elsewhere = Finding.of(PIN, Location.File.line("web/Dockerfile", 1), "x");
        assertThat(policy.apply(elsewhere, Suppressor.NONE)).isNotNull();
    }

    @Test
    void inlineSuppressorIsHonoured() {
        assertThat(Policy.defaults().apply(FINDING, f -> f.ruleId().equals("TD012"))).isNull();
    }

    @Test
    void failThresholdComesFromOptionThenConfigThenDefault() {
        TrustyConfig cfg = new TrustyConfig(null, List.of(), Map.of(), Severity.HIGH, List.of(), List.of(), Map.of());
        assertThat(new Policy(cfg, List.of(), Severity.INFO).failOn()).isEqualTo(Severity.INFO);
        assertThat(new Policy(cfg, List.of(), null).failOn()).isEqualTo(Severity.HIGH);
        assertThat(Policy.defaults().failOn()).isEqualTo(Policy.DEFAULT_FAIL_ON);
    }
}
