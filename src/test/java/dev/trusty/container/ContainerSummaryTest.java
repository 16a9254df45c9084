package dev.trusty.container;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContainerSummaryTest {

    @Test
    void oneAlignedRowPerContainerWithItsKeySettingsAndScore() {
        ContainerAudit.Result hardened = Audits.run(Setups.RUN.render(java.util.Map.of()));
        ContainerAudit.Result bad = Audits.run("docker run --name bad --privileged --cap-add SYS_ADMIN "
                + "-v /var/run/docker.sock:/var/run/docker.sock -u 0 app");
        List<ContainerAudit.Audited> all = List.of(hardened.containers().get(0), bad.containers().get(0));
        String table = ContainerSummary.table(all);
        assertThat(table.lines().toList()).containsExactly(
                "CONTAINER                USER         PRIVILEGED  CAPS        SOCK  LIMITS        ROOTFS  SCORE",
                "trusty-ctr-test/app:1.0  10001:10001  no          -ALL        no    mem,cpu,pids  ro      100",
                "bad                      0            yes         +SYS_ADMIN  yes   none          rw      0");
    }

    @Test
    void scoreIsOneHundredMinusWeightsNeverBelowZero() {
        ContainerAudit.Result one = Audits.run(Setups.RUN.render(java.util.Map.of("mem", "")));
        assertThat(ContainerSummary.score(one.containers().get(0).report().findings())).isEqualTo(93);
    }
}
