package dev.trusty.container.rules;

import dev.trusty.container.ContainerSpec;
import dev.trusty.core.Domain;
import dev.trusty.core.FindingSink;
import dev.trusty.core.Rule;
import dev.trusty.core.RuleInfo;
import dev.trusty.core.Severity;
import dev.trusty.container.Mount;

import java.util.Set;

/** The engine's API socket inside a container is root on the host, read-only or not. */
final class RuntimeSocketMounted implements Rule<ContainerSpec> {
    static final RuleInfo INFO = RuleInfo.of("TC004", Domain.CONTAINER, "Container runtime socket mounted", Severity.CRITICAL)
            .cis("5.32").trivy("KSV006").cwe(250)
            .why("Whoever can talk to docker.sock (or containerd's, CRI-O's) can start a privileged container "
                    + "with the host's / mounted. A read-only bind does not help: ':ro' stops writes to the socket "
                    + "file, not API calls through it.")
            .fix("Remove the socket mount; if a tool really needs the API, put an authorising proxy in front "
                    + "(e.g. one that allows only read-only endpoints) and mount that instead.");

    private static final Set<String> SOCKET_NAMES = Set.of("docker.sock", "containerd.sock", "crio.sock",
            "cri-dockerd.sock", "podman.sock", "dockershim.sock");
    /** Directories that hold those sockets: mounting them hands over the socket too. */
    private static final Set<String> SOCKET_DIRS = Set.of("/var/run", "/run", "/var/run/docker", "/run/docker",
            "/var/run/containerd", "/run/containerd", "/var/run/crio", "/run/crio");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(ContainerSpec spec, FindingSink out) {
        for (Mount m : spec.mounts()) {
            if (!m.isBind()) {
                continue;
            }
            String source = m.normalisedSource();
            String file = source.substring(source.lastIndexOf('/') + 1);
            if (SOCKET_NAMES.contains(file) || SOCKET_DIRS.contains(source)) {
                String how = m.readOnly() ? " read-only (which still allows every API call)" : "";
                out.report(INFO, m.at(), Hints.withFix("mounts the container runtime socket " + source + how
                        + ": full control of the host", spec, "remove the volume " + source,
                        "remove -v " + source + ":" + m.target(), "remove the hostPath volume " + source));
            }
        }
    }
}
