package dev.trusty.host.bench;

import dev.trusty.core.Domain;
import dev.trusty.core.Finding;
import dev.trusty.core.Location;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.host.checks.Evidence;
import dev.trusty.host.checks.Result;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerResultsTest {
    private static final RuleInfo PRIVILEGED = RuleInfo.of("TC001", Domain.CONTAINER, "Privileged container", Severity.CRITICAL).cis("5.5");
    private static final RuleInfo HOST_NET = RuleInfo.of("TC002", Domain.CONTAINER, "Host network", Severity.HIGH).cis("5.10");
    private static final RuleInfo DEVICES = RuleInfo.of("TC003", Domain.CONTAINER, "Host devices", Severity.INFO).cis("5.18");
    private static final RuleInfo NO_CIS = RuleInfo.of("TC004", Domain.CONTAINER, "Something else", Severity.LOW);

    @Test
    void oneLinePerCisIdWithTheFlaggedContainersAsItems() {
        List<Finding> findings = List.of(
                Finding.of(PRIVILEGED, new Location.ContainerField("priv", "HostConfig.Privileged", null), "runs privileged"),
                Finding.of(PRIVILEGED, new Location.ContainerField("stopped-priv", "HostConfig.Privileged", null), "runs privileged"),
                Finding.of(DEVICES, new Location.ContainerField("dev", "HostConfig.Devices", null), "maps /dev/zero"),
                Finding.of(NO_CIS, new Location.ContainerField("x", "y", null), "ignored here"));
        List<BenchEntry> entries = ContainerResults.fold(List.of(PRIVILEGED, HOST_NET, DEVICES, NO_CIS), findings, 3);
        assertThat(entries).extracting(BenchEntry::benchId).containsExactly("5.5", "5.10", "5.18");
        assertThat(entries.get(0).result().result()).isEqualTo(Result.WARN);
        assertThat(entries.get(0).result().items()).extracting(Evidence::subject).containsExactly("priv", "stopped-priv");
        assertThat(entries.get(0).result().items().get(0).detail()).isEqualTo("HostConfig.Privileged: runs privileged");
        assertThat(entries.get(1).result().result()).isEqualTo(Result.PASS);
        assertThat(entries.get(2).result().result()).isEqualTo(Result.INFO);
        assertThat(entries.get(0).rule().id()).isEqualTo("TC001");
    }

    @Test
    void noContainersIsInfoNotPass() {
        assertThat(ContainerResults.fold(List.of(PRIVILEGED), List.of(), 0)).singleElement()
                .extracting(e -> e.result().result()).isEqualTo(Result.INFO);
    }
}
