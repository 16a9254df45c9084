package dev.trusty.container.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trusty.container.ContainerSpec;
import dev.trusty.container.Mount;
import dev.trusty.core.InputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against inspect JSON captured from a real 20.10 engine (see EngineInspectTest). */
class InspectMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = InspectMapperTest.class.getResourceAsStream("/container/inspect/" + name + ".json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void hardenedContainerMapsEverySetting() throws IOException {
        ContainerSpec spec = InspectMapper.map(fixture("hardened"));
        assertThat(spec.name()).isEqualTo("trusty-ctr-test-hardened");
        assertThat(spec.state()).isEqualTo("created");
        assertThat(spec.user().value()).isEqualTo("10001:10001");
        assertThat(spec.user().at().describe()).isEqualTo("trusty-ctr-test-hardened Config.User");
        assertThat(spec.capDrop()).extracting(s -> s.value()).containsExactly("ALL");
        assertThat(spec.noNewPrivileges().orElseThrow().value()).isTrue();
        assertThat(spec.readOnlyRootfs().value()).isTrue();
        assertThat(spec.mounts()).extracting(Mount::type, Mount::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Mount.Type.TMPFS, "/tmp"));
        assertThat(spec.memory().value()).isEqualTo(256L << 20);
        assertThat(spec.nanoCpus().value()).isEqualTo(500_000_000L);
        assertThat(spec.pidsLimit().value()).isEqualTo(100L);
        assertThat(spec.ulimits()).containsOnlyKeys("nofile", "nproc");
        assertThat(spec.restartPolicy().value()).isEqualTo("on-failure");
        assertThat(spec.restartMaxRetries().value()).isEqualTo(3);
        assertThat(spec.healthcheck().value()).isTrue();
        assertThat(spec.networkMode().value()).isEqualTo("trusty-ctr-test-net");
        assertThat(spec.cgroupnsMode().value()).as("engine default on cgroup v1").isEqualTo("host");
        assertThat(spec.ports()).singleElement().satisfies(p -> {
            assertThat(p.hostIp()).isEqualTo("127.0.0.1");
            assertThat(p.allInterfaces()).isFalse();
        });
        assertThat(spec.securityOpt("systempaths")).as("default masks are present").isEmpty();
    }

    @Test
    void engineSpellingsAreNormalised() throws IOException {
        ContainerSpec caps = InspectMapper.map(fixture("cap-sys-admin"));
        assertThat(caps.capAdd()).extracting(s -> s.value()).containsExactly("SYS_ADMIN");
        ContainerSpec privileged = InspectMapper.map(fixture("privileged"));
        assertThat(privileged.isPrivileged()).isTrue();
        assertThat(privileged.securityOpts("label")).extracting(s -> s.value()).containsExactly("disable");
        ContainerSpec unmasked = InspectMapper.map(fixture("systempaths-unconfined"));
        assertThat(unmasked.securityOpt("systempaths").orElseThrow().at().field()).isEqualTo("HostConfig.MaskedPaths");
        ContainerSpec bridge = InspectMapper.map(fixture("default-bridge"));
        assertThat(bridge.networkMode().value()).isEqualTo("default");
        ContainerSpec propagation = InspectMapper.map(fixture("shared-propagation"));
        assertThat(propagation.mounts()).anySatisfy(m -> assertThat(m.sharedPropagation()).isTrue());
    }

    @Test
    void everyFieldIsOptional() throws IOException {
        ContainerSpec spec = InspectMapper.map(JSON.readTree("{\"Name\":\"/bare\",\"HostConfig\":{\"CapAdd\":null,"
                + "\"Mounts\":null,\"PortBindings\":{},\"SecurityOpt\":[],\"Binds\":[\"/etc:/etc:ro\"]}}"));
        assertThat(spec.name()).isEqualTo("bare");
        assertThat(spec.capAdd()).isEmpty();
        assertThat(spec.user().value()).as("empty Config.User is root").isEmpty();
        assertThat(spec.mounts()).singleElement().satisfies(m -> {
            assertThat(m.readOnly()).isTrue();
            assertThat(m.at().field()).isEqualTo("HostConfig.Binds");
        });
        assertThat(spec.healthcheck()).isNull();
    }

    @Test
    void aCustomSeccompProfileInlinedByTheCliIsKeptOnlyAsCustom() throws IOException {
        ContainerSpec spec = InspectMapper.map(JSON.readTree("{\"Name\":\"/c\",\"HostConfig\":{\"SecurityOpt\":"
                + "[\"seccomp={\\\"defaultAction\\\":\\\"SCMP_ACT_ERRNO\\\"}\"]}}"));
        assertThat(spec.securityOpt("seccomp").orElseThrow().value()).isEqualTo("custom");
    }

    @Test
    void somethingThatIsNotAContainerIsAnInputError() throws IOException {
        assertThatThrownBy(() -> InspectMapper.map(JSON.readTree("[]"))).isInstanceOf(InputException.class)
                .hasMessage("container inspect data is not a JSON object");
        assertThatThrownBy(() -> InspectMapper.map(JSON.readTree("{\"message\":\"No such container: x\"}")))
                .hasMessage("container inspect data has neither Name nor Id");
    }

    @Test
    void processCommandsComeFromTheTopResponsesCommandColumn() throws IOException {
        JsonNode top = JSON.readTree("{\"Titles\":[\"UID\",\"PID\",\"PPID\",\"C\",\"STIME\",\"TTY\",\"TIME\",\"CMD\"],"
                + "\"Processes\":[[\"root\",\"1\",\"0\",\"0\",\"10:00\",\"?\",\"00:00:00\",\"/usr/sbin/sshd -D\"],"
                + "[\"root\",\"7\",\"1\",\"0\",\"10:00\",\"?\",\"00:00:00\",\"sleep 1\"]]}");
        assertThat(InspectMapper.processCommands(top)).containsExactly("/usr/sbin/sshd -D", "sleep 1");
        assertThat(InspectMapper.processCommands(JSON.readTree("{\"Titles\":[\"PID\"],\"Processes\":[[\"1\"]]}"))).isEmpty();
    }
}
