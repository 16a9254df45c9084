package dev.trusty.host.facts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonConfigTest {
    private static final String PATH = "/etc/docker/daemon.json";

    @Test
    void keepsEachKeyWithItsLine() {
        DaemonConfig c = DaemonConfig.parse(PATH, "{\n  \"icc\": false,\n  \"log-level\": \"debug\",\n  \"hosts\": [\"unix:///var/run/docker.sock\", \"tcp://0.0.0.0:2375\"]\n}\n");
        assertThat(c.status()).isEqualTo(DaemonConfig.Status.PARSED);
        assertThat(c.values()).containsOnlyKeys("icc", "log-level", "hosts");
        assertThat(c.lines()).containsEntry("icc", 2).containsEntry("hosts", 4);
        assertThat(c.source("log-level")).isEqualTo("/etc/docker/daemon.json:3 \"log-level\"");
        assertThat(c.unknownKeys()).isEmpty();
    }

    @Test
    void malformedJsonGivesFileLineColumn() {
        DaemonConfig c = DaemonConfig.parse(PATH, "{\n  \"icc\": false\n  \"iptables\": true\n}\n");
        assertThat(c.status()).isEqualTo(DaemonConfig.Status.MALFORMED);
        assertThat(c.error()).startsWith("/etc/docker/daemon.json:3:").contains("expecting comma").doesNotContain("\n");
    }

    @Test
    void trailingCommaAndTopLevelArrayAreErrors() {
        assertThat(DaemonConfig.parse(PATH, "{\"icc\": false,}").error()).startsWith(PATH + ":1:");
        assertThat(DaemonConfig.parse(PATH, "[1]").error()).isEqualTo(PATH + ":1:1: expected a JSON object, found an array");
        assertThat(DaemonConfig.parse(PATH, "").error()).contains("empty file");
        assertThat(DaemonConfig.parse(PATH, "{} {}").error()).contains("after the closing brace");
    }

    @Test
    void duplicateKeysAreReportedAtTheSecond() {
        DaemonConfig c = DaemonConfig.parse(PATH, "{\"icc\": true,\n\"icc\": false}");
        assertThat(c.status()).isEqualTo(DaemonConfig.Status.MALFORMED);
        assertThat(c.error()).startsWith(PATH + ":2:").containsIgnoringCase("duplicate").contains("icc");
    }

    @Test
    void unknownKeysAreListed() {
        DaemonConfig c = DaemonConfig.parse(PATH, "{\"icc\": false, \"log_level\": \"info\", \"live-restore\": true}");
        assertThat(c.unknownKeys()).containsExactly("log_level");
    }
}
