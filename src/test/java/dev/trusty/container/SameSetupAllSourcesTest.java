package dev.trusty.container;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The same setting written as compose, docker run, Kubernetes and engine inspect must give the same rule ids. */
class SameSetupAllSourcesTest {
    @TempDir
    Path dir;

    static List<Setups.Case> cases() {
        return Setups.cases();
    }

    @Test
    void hardenedSetupLeavesOnlyTheDigestNoteInEverySource() {
        assertThat(Audits.ids(Audits.compose(dir, Setups.COMPOSE.render(Map.of())))).isEqualTo(Setups.BASELINE);
        assertThat(Audits.ids(Audits.run(Setups.RUN.render(Map.of())))).isEqualTo(Setups.BASELINE);
        assertThat(Audits.ids(Audits.kubernetes(dir, Setups.KUBERNETES.render(Map.of())))).isEqualTo(Setups.BASELINE);
        assertThat(Audits.ids(Audits.inspect(Audits.fixture("hardened")))).isEqualTo(Setups.BASELINE);
    }

    @ParameterizedTest(name = "{0}: compose")
    @MethodSource("cases")
    void compose(Setups.Case c) {
        assertThat(Audits.ids(Audits.compose(dir, Setups.COMPOSE.render(c.compose())))).isEqualTo(c.ids());
    }

    @ParameterizedTest(name = "{0}: docker run")
    @MethodSource("cases")
    void dockerRun(Setups.Case c) {
        assertThat(Audits.ids(Audits.run(Setups.RUN.render(c.run())))).isEqualTo(c.ids());
    }

    @ParameterizedTest(name = "{0}: kubernetes")
    @MethodSource("cases")
    void kubernetes(Setups.Case c) {
        if (c.kubernetes() == null) {
            return; // Kubernetes has no such setting (ulimits, UTS namespace, restart policy...)
        }
        assertThat(Audits.ids(Audits.kubernetes(dir, Setups.KUBERNETES.render(c.kubernetes())))).isEqualTo(c.ids());
    }

    @ParameterizedTest(name = "{0}: engine inspect fixture")
    @MethodSource("cases")
    void inspectFixture(Setups.Case c) {
        assertThat(Audits.ids(Audits.inspect(Audits.fixture(c.name())))).isEqualTo(c.ids());
    }
}
