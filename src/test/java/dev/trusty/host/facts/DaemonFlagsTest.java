package dev.trusty.host.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DaemonFlagsTest {

    @Test
    void parsesEveryFormDockerdAccepts() {
        List<DaemonFlags.Flag> flags = DaemonFlags.parse(List.of(
                "-H", "fd://", "--host=tcp://0.0.0.0:2375", "-Hunix:///run/d.sock", "--icc=false", "--live-restore",
                "-D", "--log-level", "warn", "--insecure-registry", "reg:5000", "--tlsverify", "--config-file=/x.json"));
        assertThat(flags).extracting(DaemonFlags.Flag::key).containsExactly(
                "hosts", "hosts", "hosts", "icc", "live-restore", "debug", "log-level", "insecure-registries", "tlsverify", "config-file");
        assertThat(flags).extracting(DaemonFlags.Flag::value).containsExactly(
                "fd://", "tcp://0.0.0.0:2375", "unix:///run/d.sock", "false", "true", "true", "warn", "reg:5000", "true", "/x.json");
        assertThat(flags.get(6).given()).isEqualTo("--log-level warn");
    }

    @Test
    void booleanFlagsDoNotSwallowTheNextArgument() {
        List<DaemonFlags.Flag> flags = DaemonFlags.parse(List.of("--userland-proxy", "--containerd", "/run/c.sock"));
        assertThat(flags).extracting(DaemonFlags.Flag::key).containsExactly("userland-proxy", "containerd");
        assertThat(flags.get(1).value()).isEqualTo("/run/c.sock");
    }
}
